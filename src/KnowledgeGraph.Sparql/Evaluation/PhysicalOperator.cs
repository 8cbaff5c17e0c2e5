using System.Diagnostics;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// A node of the physical plan the <see cref="QueryPlanner"/> builds from optimised algebra: a pull operator over
/// rows of term ids. <see cref="Run"/> takes a seed row and yields the operator's solutions compatible with the
/// seed, merged with it; normal evaluation passes a non-empty seed only where that equals joining (the inner side
/// of an index nested-loop join), EXISTS passes its row everywhere, which is the substitution of §18.6.
/// The same tree is executed and printed by <see cref="PhysicalPlan"/>, so the plan shown is the plan that runs.
/// </summary>
internal abstract class PhysicalOperator
{
    private OperatorProfile? _profile;

    /// <summary>The planner's estimate of the rows one call yields, from the store's statistics; NaN: none.</summary>
    public virtual double EstimatedRows => double.NaN;

    /// <summary>The inputs, each with the role it plays (for the printed plan).</summary>
    public abstract IReadOnlyList<PlanInput> Inputs { get; }

    /// <summary>Counters of a profiled run (<c>--explain analyze</c>); null unless profiling was switched on.</summary>
    public OperatorProfile? Profile => _profile;

    /// <summary>The solutions of this operator compatible with <paramref name="seed"/>, in the given graph.</summary>
    public IEnumerable<long[]> Run(long[] seed, long graph) => _profile is null ? Execute(seed, graph) : Profiled(seed, graph, _profile);

    /// <summary>Writes the operator's name and the choices made for it: one title line, then detail lines.</summary>
    public abstract void Describe(PlanText text);

    /// <summary>Counts calls, rows and time of this operator and every operator under it from now on.</summary>
    public void EnableProfiling()
    {
        _profile ??= new OperatorProfile();
        foreach (PlanInput input in Inputs)
        {
            input.Operator.EnableProfiling();
        }
    }

    protected abstract IEnumerable<long[]> Execute(long[] seed, long graph);

    private IEnumerable<long[]> Profiled(long[] seed, long graph, OperatorProfile profile)
    {
        profile.Calls++;
        long start = Stopwatch.GetTimestamp();
        using IEnumerator<long[]> rows = Execute(seed, graph).GetEnumerator();
        profile.Ticks += Stopwatch.GetTimestamp() - start;
        while (true)
        {
            start = Stopwatch.GetTimestamp();
            bool more = rows.MoveNext();
            profile.Ticks += Stopwatch.GetTimestamp() - start;
            if (!more)
            {
                yield break;
            }

            profile.Rows++;
            yield return rows.Current;
        }
    }
}

/// <summary>An input of a physical operator and its role ("outer", "build", "exists" ...).</summary>
internal readonly record struct PlanInput(string Role, PhysicalOperator Operator);
