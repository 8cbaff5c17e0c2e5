namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Join (§18.5) by building a hash table over the right input on the variables both sides always bind, then
/// streaming the left input through it. Without such variables it degrades to a nested loop over the built side
/// (a cross product, filtered by compatibility).
/// </summary>
internal sealed class HashJoin : PhysicalOperator
{
    private readonly PhysicalOperator _probe;
    private readonly PhysicalOperator _build;
    private readonly int[] _keySlots;
    private readonly IReadOnlyList<string> _keys;
    private readonly CancellationToken _cancellation;

    public HashJoin(PhysicalOperator probe, PhysicalOperator build, IReadOnlyList<string> keys, int[] keySlots, CancellationToken cancellation)
    {
        _probe = probe;
        _build = build;
        _keys = keys;
        _keySlots = keySlots;
        _cancellation = cancellation;
    }

    public override IReadOnlyList<PlanInput> Inputs => [new("probe", _probe), new("build", _build)];

    public override void Describe(PlanText text) =>
        text.SetTitle(_keys.Count > 0
            ? $"HashJoin on {PlanText.Vars(_keys)}"
            : "HashJoin without a shared always-bound variable: cross product checked for compatibility");

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        RowBuckets table = RowBuckets.Build(_build.Run(seed, graph), _keySlots, _cancellation);

        if (table.IsEmpty)
        {
            yield break;
        }

        foreach (long[] l in _probe.Run(seed, graph))
        {
            if (!table.TryGetBucket(l, out List<long[]>? bucket))
            {
                continue;
            }

            foreach (long[] r in bucket)
            {
                _cancellation.ThrowIfCancellationRequested();
                if (Rows.Compatible(l, r))
                {
                    yield return Rows.Merge(l, r);
                }
            }
        }
    }
}
