using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Group and Aggregation (§18.5.1) by hashing the key values. With no keys there is exactly one group, also over
/// an empty input (so COUNT(*) of nothing is 0).
/// </summary>
internal sealed class HashAggregate : PhysicalOperator
{
    private readonly PhysicalOperator _input;
    private readonly QueryContext _context;
    private readonly ExpressionEvaluator _expressions;
    private readonly Group _group;
    private readonly IReadOnlyList<PlanInput> _exists;

    public HashAggregate(PhysicalOperator input, QueryContext context, ExpressionEvaluator expressions, Group group, IReadOnlyList<PlanInput> exists)
    {
        _input = input;
        _context = context;
        _expressions = expressions;
        _group = group;
        _exists = exists;
    }

    public override double EstimatedRows => _group.Keys.Count == 0 ? 1 : double.NaN;

    public override IReadOnlyList<PlanInput> Inputs => [new("input", _input), .. _exists];

    public override void Describe(PlanText text)
    {
        string keys = _group.Keys.Count == 0
            ? "one group"
            : "keys " + string.Join(' ', _group.Keys.Select(k => k.Expression is VariableExpression v && v.Name == k.Variable ? "?" + k.Variable : $"(?{k.Variable} {text.Expr(k.Expression)})"));
        text.SetTitle("HashAggregate, " + keys);
        foreach (Aggregation a in _group.Aggregations)
        {
            text.AddDetail($"?{a.Variable} := {text.Expr(a.Aggregate)}");
        }
    }

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        QueryContext context = _context;
        Group group = _group;
        int[] keySlots = group.Keys.Select(k => context.Variables[k.Variable]).ToArray();
        int[] aggSlots = group.Aggregations.Select(a => context.Variables[a.Variable]).ToArray();
        var groups = new Dictionary<long[], Aggregator[]>(RowComparer.Instance);
        var order = new List<long[]>();
        foreach (long[] row in _input.Run(seed, graph))
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var key = new long[group.Keys.Count];
            for (int i = 0; i < key.Length; i++)
            {
                Term? t = group.Keys[i].Expression is VariableExpression v && context.Variables.TryGetSlot(v.Name, out int s)
                    ? (row[s] == 0 ? null : context.Terms.Decode(row[s]))
                    : _expressions.Evaluate(group.Keys[i].Expression, row, graph);
                key[i] = t is null ? 0 : context.Terms.Encode(t);
            }

            if (!groups.TryGetValue(key, out Aggregator[]? aggs))
            {
                aggs = group.Aggregations.Select(a => new Aggregator(a.Aggregate)).ToArray();
                groups[key] = aggs;
                order.Add(key);
            }

            foreach (Aggregator a in aggs)
            {
                a.Add(_expressions, row, graph);
            }
        }

        if (groups.Count == 0 && group.Keys.Count == 0)
        {
            long[] empty = [];
            groups[empty] = group.Aggregations.Select(a => new Aggregator(a.Aggregate)).ToArray();
            order.Add(empty);
        }

        foreach (long[] key in order)
        {
            long[] result = (long[])seed.Clone();
            for (int i = 0; i < keySlots.Length; i++)
            {
                result[keySlots[i]] = key[i];
            }

            Aggregator[] aggs = groups[key];
            for (int i = 0; i < aggSlots.Length; i++)
            {
                Term? value = aggs[i].Result();
                result[aggSlots[i]] = value is null ? 0 : context.Terms.Encode(value);
            }

            yield return result;
        }
    }
}
