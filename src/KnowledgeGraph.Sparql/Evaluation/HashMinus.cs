namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Minus (§18.5): keeps the left solutions for which no right solution is compatible and shares a variable.
/// The right side is materialised once, bucketed by the variables both sides always bind when there are any.
/// </summary>
internal sealed class HashMinus : PhysicalOperator
{
    private readonly PhysicalOperator _left;
    private readonly PhysicalOperator _right;
    private readonly IReadOnlyList<string> _keys;
    private readonly int[] _keySlots;
    private readonly CancellationToken _cancellation;

    public HashMinus(PhysicalOperator left, PhysicalOperator right, IReadOnlyList<string> keys, int[] keySlots, CancellationToken cancellation)
    {
        _left = left;
        _right = right;
        _keys = keys;
        _keySlots = keySlots;
        _cancellation = cancellation;
    }

    public override IReadOnlyList<PlanInput> Inputs => [new("probe", _left), new("build (subtracted)", _right)];

    public override void Describe(PlanText text) =>
        text.SetTitle(_keys.Count > 0 ? $"HashMinus on {PlanText.Vars(_keys)}" : "HashMinus without a shared always-bound variable: every pair checked");

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        RowBuckets table = RowBuckets.Build(_right.Run(seed, graph), _keySlots, _cancellation);

        foreach (long[] l in _left.Run(seed, graph))
        {
            bool removed = false;
            if (table.TryGetBucket(l, out List<long[]>? bucket))
            {
                foreach (long[] r in bucket)
                {
                    _cancellation.ThrowIfCancellationRequested();
                    if (Rows.Compatible(l, r) && Rows.SharesDomain(l, r))
                    {
                        removed = true;
                        break;
                    }
                }
            }

            if (!removed)
            {
                yield return l;
            }
        }
    }
}
