using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Group and Aggregation (§18.5.1) by hashing the key values. With no keys there is exactly one group, also over
/// an empty input (so COUNT(*) of nothing is 0).
/// </summary>
internal static class HashAggregate
{
    public static IEnumerable<long[]> Run(QueryContext context, ExpressionEvaluator expressions, Group group, IEnumerable<long[]> input, long[] seed, long graph)
    {
        int[] keySlots = group.Keys.Select(k => context.Variables[k.Variable]).ToArray();
        int[] aggSlots = group.Aggregations.Select(a => context.Variables[a.Variable]).ToArray();
        var groups = new Dictionary<long[], Aggregator[]>(RowComparer.Instance);
        var order = new List<long[]>();
        foreach (long[] row in input)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var key = new long[group.Keys.Count];
            for (int i = 0; i < key.Length; i++)
            {
                Term? t = group.Keys[i].Expression is VariableExpression v && context.Variables.TryGetSlot(v.Name, out int s)
                    ? (row[s] == 0 ? null : context.Terms.Decode(row[s]))
                    : expressions.Evaluate(group.Keys[i].Expression, row, graph);
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
                a.Add(expressions, row, graph);
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
