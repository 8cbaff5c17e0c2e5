using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;
using RocksDbSharp;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// Adds a sorted batch of quads to a fresh <see cref="RocksDbTransaction"/> without its read overlay: duplicates are
/// dropped by one forward pass over SPOG, statistics come from runs of equal (s, p) and (p, o), and each index's keys
/// go into the write batch in key order. A quad or run that uses a term new in this batch cannot be stored already,
/// so only quads of known terms cost a seek.
/// </summary>
internal static class RocksDbBulkInsert
{
    public readonly record struct Result(int Added, Dictionary<long, PredicateStatistics> StatisticsDelta);

    /// <summary>Sorts, dedupes and filters <paramref name="keys"/> in place; writes the new quads' index keys.</summary>
    public static Result Run(RocksDbReader stored, long firstNewId, UInt128[] keys, int count, Action<IndexOrder, ReadOnlySpan<byte>> put)
    {
        Array.Sort(keys, 0, count);
        bool storeEmpty = stored.QuadCount == 0;
        int n = 0;
        using (Iterator spog = stored.NewIterator(IndexOrder.Spog))
        {
            for (int i = 0; i < count; i++)
            {
                UInt128 key = keys[i];
                if (n > 0 && keys[n - 1] == key)
                {
                    continue;
                }

                if (!storeEmpty && AllKnown(key, firstNewId) && SeekFinds(spog, key, UInt128.MaxValue))
                {
                    continue;
                }

                keys[n++] = key;
            }
        }

        var delta = new Dictionary<long, PredicateStatistics>();
        using (Iterator spog = stored.NewIterator(IndexOrder.Spog))
        {
            // Runs of equal (s, p) in SPOG order: each is one subject of p, new unless stored already.
            for (int i = 0; i < n;)
            {
                UInt128 prefix = keys[i] >> 64;
                int j = i + 1;
                while (j < n && keys[j] >> 64 == prefix)
                {
                    j++;
                }

                uint s = (uint)(prefix >> 32), p = (uint)prefix;
                bool newSubject = storeEmpty || s >= firstNewId || p >= firstNewId || !SeekFinds(spog, prefix << 64, ~(UInt128)ulong.MaxValue);
                PredicateStatistics old = delta.GetValueOrDefault(p);
                delta[p] = old with { Quads = old.Quads + (j - i), DistinctSubjects = old.DistinctSubjects + (newSubject ? 1 : 0) };
                i = j;
            }
        }

        var scratch = new UInt128[n];
        Span<byte> buffer = stackalloc byte[QuadKeys.KeyBytes];
        for (int order = 0; order < QuadKeys.OrderCount; order++)
        {
            var index = (IndexOrder)order;
            if (index == IndexOrder.Spog)
            {
                Array.Copy(keys, scratch, n);
            }
            else
            {
                for (int i = 0; i < n; i++)
                {
                    scratch[i] = QuadKeys.Encode(index, QuadKeys.Decode(IndexOrder.Spog, keys[i]));
                }

                Array.Sort(scratch);
            }

            if (index == IndexOrder.Posg)
            {
                CountObjects(stored, firstNewId, storeEmpty, scratch, delta);
            }

            foreach (UInt128 key in scratch)
            {
                QuadKeys.Write(key, buffer);
                put(index, buffer);
            }
        }

        return new Result(n, delta);
    }

    /// <summary>Runs of equal (p, o) in POSG order: each is one object of p, new unless stored already.</summary>
    private static void CountObjects(RocksDbReader stored, long firstNewId, bool storeEmpty, UInt128[] posg, Dictionary<long, PredicateStatistics> delta)
    {
        using Iterator iterator = stored.NewIterator(IndexOrder.Posg);
        for (int i = 0; i < posg.Length;)
        {
            UInt128 prefix = posg[i] >> 64;
            int j = i + 1;
            while (j < posg.Length && posg[j] >> 64 == prefix)
            {
                j++;
            }

            uint p = (uint)(prefix >> 32), o = (uint)prefix;
            bool newObject = storeEmpty || p >= firstNewId || o >= firstNewId || !SeekFinds(iterator, prefix << 64, ~(UInt128)ulong.MaxValue);
            PredicateStatistics old = delta[p];
            delta[p] = old with { DistinctObjects = old.DistinctObjects + (newObject ? 1 : 0) };
            i = j;
        }
    }

    private static bool AllKnown(UInt128 key, long firstNewId)
    {
        ulong hi = (ulong)(key >> 64), lo = (ulong)key;
        return (hi >> 32) < (ulong)firstNewId && (uint)hi < firstNewId && (lo >> 32) < (ulong)firstNewId && (uint)lo < firstNewId;
    }

    /// <summary>Seeks to the first stored key not below <paramref name="key"/>; true when it agrees with it under <paramref name="mask"/>.</summary>
    private static bool SeekFinds(Iterator iterator, UInt128 key, UInt128 mask)
    {
        Span<byte> bytes = stackalloc byte[QuadKeys.KeyBytes];
        QuadKeys.Write(key, bytes);
        iterator.Seek(bytes);
        return iterator.Valid() && (QuadKeys.Read(iterator.GetKeySpan()) & mask) == (key & mask);
    }
}
