namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Join (§18.5) by building a hash table over the right input on the variables both sides always bind, then
/// streaming the left input through it. Without such variables it degrades to a nested loop over the built side.
/// </summary>
internal static class HashJoin
{
    public static IEnumerable<long[]> Run(IEnumerable<long[]> left, IEnumerable<long[]> right, int[] keySlots, CancellationToken ct)
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

        if (table.Count == 0)
        {
            yield break;
        }

        foreach (long[] l in left)
        {
            if (!table.TryGetValue(Rows.Key(l, keySlots), out List<long[]>? bucket))
            {
                continue;
            }

            foreach (long[] r in bucket)
            {
                ct.ThrowIfCancellationRequested();
                if (Rows.Compatible(l, r))
                {
                    yield return Rows.Merge(l, r);
                }
            }
        }
    }
}
