namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Minus (§18.5): keeps the left solutions for which no right solution is compatible and shares a variable.
/// The right side is materialised once, bucketed by the variables both sides always bind when there are any.
/// </summary>
internal static class HashMinus
{
    public static IEnumerable<long[]> Run(IEnumerable<long[]> left, IEnumerable<long[]> right, int[] keySlots, CancellationToken ct)
    {
        var table = new Dictionary<long, List<long[]>>();
        foreach (long[] r in right)
        {
            long k = Rows.Key(r, keySlots);
            if (!table.TryGetValue(k, out List<long[]>? bucket))
            {
                table[k] = bucket = [];
            }

            bucket.Add(r);
        }

        foreach (long[] l in left)
        {
            bool removed = false;
            if (table.TryGetValue(Rows.Key(l, keySlots), out List<long[]>? bucket))
            {
                foreach (long[] r in bucket)
                {
                    ct.ThrowIfCancellationRequested();
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
