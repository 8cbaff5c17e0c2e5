using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Join (§18.5) by evaluating the right side once per left solution with that solution's bindings pushed into
/// its index lookups. Only used when the right side is a pattern for which this equals the join (BGPs, paths,
/// VALUES and joins, unions and GRAPHs of them), see <see cref="Executor.AcceptsBindings"/>.
/// </summary>
internal static class IndexNestedLoopJoin
{
    public static IEnumerable<long[]> Run(Executor executor, IEnumerable<long[]> left, Operator right, long graph)
    {
        foreach (long[] l in left)
        {
            foreach (long[] r in executor.Evaluate(right, l, graph))
            {
                yield return r;
            }
        }
    }
}
