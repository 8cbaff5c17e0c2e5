using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Storage.Indexing;

/// <summary>
/// Adds a batch of quads to a transaction that has no other changes: duplicates are dropped by one pass over the
/// sorted SPOG keys, statistics come from runs of equal (s, p) and (p, o), and each index receives its keys in its
/// own order (sequential writes: warm caches in memory, cheap memtable inserts in RocksDB). A quad or run that
/// uses a term new in this transaction cannot be stored already, so only quads of known terms cost a lookup.
/// </summary>
internal static class BulkInsert
{
    private static readonly UInt128 s_firstTwo = ~(UInt128)ulong.MaxValue;

    /// <summary>The outcome: how many quads were new, and the change of each predicate's statistics.</summary>
    public readonly record struct Result(int Added, Dictionary<long, PredicateStatistics> StatisticsDelta);

    /// <param name="target">The store's side.</param>
    /// <param name="storeEmpty">True when the store held no quad before the batch (no lookups at all).</param>
    /// <param name="firstNewId">The first id handed out in this transaction.</param>
    /// <param name="keys">The SPOG keys of the batch; sorted and compacted in place.</param>
    /// <param name="count">How many of <paramref name="keys"/> are the batch.</param>
    public static Result Run(IBulkTarget target, bool storeEmpty, long firstNewId, UInt128[] keys, int count)
    {
        KeySort.Sort(keys, count);
        int n = 0;
        for (int i = 0; i < count; i++)
        {
            UInt128 key = keys[i];
            if ((n > 0 && keys[n - 1] == key) || (!storeEmpty && AllKnown(key, firstNewId) && target.StoredContains(key)))
            {
                continue;
            }

            keys[n++] = key;
        }

        var delta = new Dictionary<long, PredicateStatistics>();

        // Runs of equal (s, p) in SPOG order: each is one subject of p, new unless stored already.
        for (int i = 0; i < n;)
        {
            int j = RunEnd(keys, i, n);
            UInt128 prefix = keys[i] & s_firstTwo;
            uint s = (uint)(prefix >> 96), p = (uint)(prefix >> 64);
            bool newSubject = storeEmpty || s >= firstNewId || p >= firstNewId || !target.StoredAny(IndexOrder.Spog, prefix, prefix | ulong.MaxValue);
            PredicateStatistics old = delta.GetValueOrDefault(p);
            delta[p] = old with { Quads = old.Quads + (j - i), DistinctSubjects = old.DistinctSubjects + (newSubject ? 1 : 0) };
            i = j;
        }

        var ordered = new UInt128[n];
        for (int order = 0; order < QuadKeys.OrderCount; order++)
        {
            var index = (IndexOrder)order;
            if (index == IndexOrder.Spog)
            {
                Array.Copy(keys, ordered, n);
            }
            else
            {
                for (int i = 0; i < n; i++)
                {
                    ordered[i] = QuadKeys.Encode(index, QuadKeys.Decode(IndexOrder.Spog, keys[i]));
                }

                KeySort.Sort(ordered, n);
            }

            if (index == IndexOrder.Posg)
            {
                CountObjects(target, storeEmpty, firstNewId, ordered, delta);
            }

            target.PutSorted(index, ordered);
        }

        return new Result(n, delta);
    }

    /// <summary>Runs of equal (p, o) in POSG order: each is one object of p, new unless stored already.</summary>
    private static void CountObjects(IBulkTarget target, bool storeEmpty, long firstNewId, UInt128[] posg, Dictionary<long, PredicateStatistics> delta)
    {
        for (int i = 0; i < posg.Length;)
        {
            int j = RunEnd(posg, i, posg.Length);
            UInt128 prefix = posg[i] & s_firstTwo;
            uint p = (uint)(prefix >> 96), o = (uint)(prefix >> 64);
            bool newObject = storeEmpty || p >= firstNewId || o >= firstNewId || !target.StoredAny(IndexOrder.Posg, prefix, prefix | ulong.MaxValue);
            PredicateStatistics old = delta[p];
            delta[p] = old with { DistinctObjects = old.DistinctObjects + (newObject ? 1 : 0) };
            i = j;
        }
    }

    /// <summary>The end of the run of keys that agree with keys[start] in their first two positions.</summary>
    private static int RunEnd(UInt128[] keys, int start, int end)
    {
        UInt128 prefix = keys[start] & s_firstTwo;
        int j = start + 1;
        while (j < end && (keys[j] & s_firstTwo) == prefix)
        {
            j++;
        }

        return j;
    }

    private static bool AllKnown(UInt128 key, long firstNewId)
    {
        ulong hi = (ulong)(key >> 64), lo = (ulong)key;
        return (long)(hi >> 32) < firstNewId && (uint)hi < firstNewId && (long)(lo >> 32) < firstNewId && (uint)lo < firstNewId;
    }

    /// <summary>Adds a result's statistics change to statistics as they were.</summary>
    public static PredicateStatistics Apply(PredicateStatistics old, PredicateStatistics delta) =>
        new(old.Quads + delta.Quads, old.DistinctSubjects + delta.DistinctSubjects, old.DistinctObjects + delta.DistinctObjects);
}
