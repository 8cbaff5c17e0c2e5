using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>OrderBy (§15.1, §18.5): a stable sort on the evaluated keys; unbound and errors sort first.</summary>
internal static class SortOperator
{
    public static IEnumerable<long[]> Run(ExpressionEvaluator expressions, IEnumerable<long[]> input, IReadOnlyList<OrderCondition> conditions, long graph, CancellationToken ct)
    {
        var rows = new List<(long[] Row, Term?[] Keys, int Index)>();
        foreach (long[] row in input)
        {
            ct.ThrowIfCancellationRequested();
            var keys = new Term?[conditions.Count];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = expressions.Evaluate(conditions[i].Expression, row, graph);
            }

            rows.Add((row, keys, rows.Count));
        }

        rows.Sort((a, b) =>
        {
            for (int i = 0; i < conditions.Count; i++)
            {
                int c = ValueComparer.OrderCompare(a.Keys[i], b.Keys[i]);
                if (c != 0)
                {
                    return conditions[i].Descending ? -c : c;
                }
            }

            return a.Index.CompareTo(b.Index);
        });
        foreach ((long[] Row, Term?[] Keys, int Index) r in rows)
        {
            yield return r.Row;
        }
    }
}
