using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>OrderBy (§15.1, §18.5): a stable sort on the evaluated keys; unbound and errors sort first.</summary>
internal sealed class SortOperator : PhysicalOperator
{
    private readonly PhysicalOperator _input;
    private readonly ExpressionEvaluator _expressions;
    private readonly IReadOnlyList<OrderCondition> _conditions;
    private readonly IReadOnlyList<PlanInput> _exists;
    private readonly CancellationToken _cancellation;

    public SortOperator(PhysicalOperator input, ExpressionEvaluator expressions, IReadOnlyList<OrderCondition> conditions, IReadOnlyList<PlanInput> exists, CancellationToken cancellation)
    {
        _input = input;
        _expressions = expressions;
        _conditions = conditions;
        _exists = exists;
        _cancellation = cancellation;
    }

    public override double EstimatedRows => _input.EstimatedRows;

    public override IReadOnlyList<PlanInput> Inputs => [new("input", _input), .. _exists];

    public override void Describe(PlanText text) => text.SetTitle("Sort, all rows, by " + Keys(_conditions, text));

    internal static string Keys(IReadOnlyList<OrderCondition> conditions, PlanText text) =>
        string.Join(' ', conditions.Select(c => (c.Descending ? "(desc " : "(asc ") + text.Expr(c.Expression) + ")"));

    /// <summary>The sort keys of a row, in condition order.</summary>
    internal static Term?[] Evaluate(ExpressionEvaluator expressions, IReadOnlyList<OrderCondition> conditions, long[] row, long graph)
    {
        var keys = new Term?[conditions.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = expressions.Evaluate(conditions[i].Expression, row, graph);
        }

        return keys;
    }

    /// <summary>The ORDER BY order of two rows' keys, ties broken by arrival (a stable sort).</summary>
    internal static int Compare(IReadOnlyList<OrderCondition> conditions, Term?[] a, long aIndex, Term?[] b, long bIndex)
    {
        for (int i = 0; i < conditions.Count; i++)
        {
            int c = ValueComparer.OrderCompare(a[i], b[i]);
            if (c != 0)
            {
                return conditions[i].Descending ? -c : c;
            }
        }

        return aIndex.CompareTo(bIndex);
    }

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        var rows = new List<(long[] Row, Term?[] Keys, int Index)>();
        foreach (long[] row in _input.Run(seed, graph))
        {
            _cancellation.ThrowIfCancellationRequested();
            rows.Add((row, Evaluate(_expressions, _conditions, row, graph), rows.Count));
        }

        rows.Sort((a, b) => Compare(_conditions, a.Keys, a.Index, b.Keys, b.Index));
        foreach ((long[] Row, Term?[] Keys, int Index) r in rows)
        {
            yield return r.Row;
        }
    }
}
