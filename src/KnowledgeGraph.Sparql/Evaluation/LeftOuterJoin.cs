using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// LeftJoin (§18.5): every left solution extended by the compatible right solutions that satisfy the condition,
/// or kept alone when there are none. The right side is either probed per left row with bindings pushed
/// (index nested loop) or built once into a hash table.
/// </summary>
internal static class LeftOuterJoin
{
    public static IEnumerable<long[]> IndexNestedLoop(
        Executor executor, ExpressionEvaluator expressions, IEnumerable<long[]> left, Operator right, Expression? condition, long graph)
    {
        foreach (long[] l in left)
        {
            bool matched = false;
            foreach (long[] r in executor.Evaluate(right, l, graph))
            {
                if (condition is null || expressions.Test(condition, r, graph))
                {
                    matched = true;
                    yield return r;
                }
            }

            if (!matched)
            {
                yield return l;
            }
        }
    }

    public static IEnumerable<long[]> Hash(
        ExpressionEvaluator expressions, IEnumerable<long[]> left, IEnumerable<long[]> right, int[] keySlots, Expression? condition, long graph, CancellationToken ct)
    {
        var table = new Dictionary<long, List<long[]>>();
        foreach (long[] r in right)
        {
            ct.ThrowIfCancellationRequested();
            long k = Rows.Key(r, keySlots);
            if (!table.TryGetValue(k, out List<long[]>? bucket))
            {
                table[k] = bucket = [];
            }

            bucket.Add(r);
        }

        foreach (long[] l in left)
        {
            bool matched = false;
            if (table.TryGetValue(Rows.Key(l, keySlots), out List<long[]>? bucket))
            {
                foreach (long[] r in bucket)
                {
                    ct.ThrowIfCancellationRequested();
                    if (!Rows.Compatible(l, r))
                    {
                        continue;
                    }

                    long[] merged = Rows.Merge(l, r);
                    if (condition is null || expressions.Test(condition, merged, graph))
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
