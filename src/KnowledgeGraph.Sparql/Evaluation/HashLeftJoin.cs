using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// LeftJoin (§18.5) with the optional side built once into a hash table on the variables both sides always bind:
/// every left solution extended by the compatible right solutions that satisfy the condition, or kept alone.
/// </summary>
internal sealed class HashLeftJoin : PhysicalOperator
{
    private readonly PhysicalOperator _probe;
    private readonly PhysicalOperator _build;
    private readonly ExpressionEvaluator _expressions;
    private readonly Expression? _condition;
    private readonly IReadOnlyList<string> _keys;
    private readonly int[] _keySlots;
    private readonly IReadOnlyList<PlanInput> _exists;
    private readonly CancellationToken _cancellation;

    public HashLeftJoin(
        PhysicalOperator probe, PhysicalOperator build, ExpressionEvaluator expressions, Expression? condition,
        IReadOnlyList<string> keys, int[] keySlots, IReadOnlyList<PlanInput> exists, CancellationToken cancellation)
    {
        _probe = probe;
        _build = build;
        _expressions = expressions;
        _condition = condition;
        _keys = keys;
        _keySlots = keySlots;
        _exists = exists;
        _cancellation = cancellation;
    }

    public override IReadOnlyList<PlanInput> Inputs => [new("probe", _probe), new("build (optional side)", _build), .. _exists];

    public override void Describe(PlanText text) =>
        text.SetTitle((_keys.Count > 0 ? $"HashLeftJoin on {PlanText.Vars(_keys)}" : "HashLeftJoin without a shared always-bound variable: every pair checked")
            + (_condition is null ? "" : ", condition " + text.Expr(_condition)));

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        RowBuckets table = RowBuckets.Build(_build.Run(seed, graph), _keySlots, _cancellation);

        foreach (long[] l in _probe.Run(seed, graph))
        {
            bool matched = false;
            if (table.TryGetBucket(l, out List<long[]>? bucket))
            {
                foreach (long[] r in bucket)
                {
                    _cancellation.ThrowIfCancellationRequested();
                    if (!Rows.Compatible(l, r))
                    {
                        continue;
                    }

                    long[] merged = Rows.Merge(l, r);
                    if (_condition is null || _expressions.Test(_condition, merged, graph))
                    {
                        matched = true;
                        yield return merged;
                    }
                }
            }

            if (!matched)
            {
                yield return l;
            }
        }
    }
}
