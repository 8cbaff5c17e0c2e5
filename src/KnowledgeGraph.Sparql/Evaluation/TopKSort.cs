using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// OrderBy under a LIMIT (§15.1, §15.4): keeps only the first <c>k</c> rows (offset + limit) of the ORDER BY order
/// in a bounded heap while reading the input, then sorts those, instead of sorting every row. Ties keep arrival
/// order, as the full sort does, so the rows are the same.
/// </summary>
internal sealed class TopKSort : PhysicalOperator
{
    private readonly PhysicalOperator _input;
    private readonly ExpressionEvaluator _expressions;
    private readonly IReadOnlyList<OrderCondition> _conditions;
    private readonly int _k;
    private readonly IReadOnlyList<PlanInput> _exists;
    private readonly CancellationToken _cancellation;

    public TopKSort(PhysicalOperator input, ExpressionEvaluator expressions, IReadOnlyList<OrderCondition> conditions, int k, IReadOnlyList<PlanInput> exists, CancellationToken cancellation)
    {
        _input = input;
        _expressions = expressions;
        _conditions = conditions;
        _k = k;
        _exists = exists;
        _cancellation = cancellation;
    }

    public override double EstimatedRows => Math.Min(_k, _input.EstimatedRows);

    public override IReadOnlyList<PlanInput> Inputs => [new("input", _input), .. _exists];

    public override void Describe(PlanText text) => text.SetTitle($"TopKSort, keeps the first {_k} in a heap, by {SortOperator.Keys(_conditions, text)}");

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        if (_k == 0)
        {
            yield break;
        }

        // A max-heap on the ORDER BY order: its root is the worst row kept, the one a better row replaces.
        var heap = new PriorityQueue<Entry, Entry>(Comparer<Entry>.Create((a, b) => SortOperator.Compare(_conditions, b.Keys, b.Index, a.Keys, a.Index)));
        long index = 0;
        foreach (long[] row in _input.Run(seed, graph))
        {
            _cancellation.ThrowIfCancellationRequested();
            var entry = new Entry(row, SortOperator.Evaluate(_expressions, _conditions, row, graph), index++);
            if (heap.Count < _k)
            {
                heap.Enqueue(entry, entry);
            }
            else if (SortOperator.Compare(_conditions, entry.Keys, entry.Index, heap.Peek().Keys, heap.Peek().Index) < 0)
            {
                heap.EnqueueDequeue(entry, entry);
            }
        }

        var kept = new List<Entry>(heap.Count);
        while (heap.TryDequeue(out Entry e, out _))
        {
            kept.Add(e);
        }

        for (int i = kept.Count - 1; i >= 0; i--)
        {
            yield return kept[i].Row;
        }
    }

    private readonly record struct Entry(long[] Row, Term?[] Keys, long Index);
}
