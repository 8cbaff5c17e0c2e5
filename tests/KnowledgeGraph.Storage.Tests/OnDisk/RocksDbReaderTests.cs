using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;
using KnowledgeGraph.Storage.OnDisk;
using static KnowledgeGraph.Storage.Tests.TestQuads;

namespace KnowledgeGraph.Storage.Tests.OnDisk;

/// <summary>
/// The read path of <see cref="RocksDbQuadStore"/>: reused iterators, the shared cache of small key groups and the
/// term caches, checked against plain scans of all keys and against the snapshots' isolation.
/// </summary>
[TestClass]
public sealed class RocksDbReaderTests
{
    private readonly List<string> _directories = [];

    [TestCleanup]
    public void DeleteDirectories()
    {
        foreach (string directory in _directories)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A store a failed test left open; the temp folder is cleaned eventually.
            }
        }
    }

    [TestMethod]
    public void Scans_of_every_prefix_shape_agree_with_the_stored_keys_whether_groups_are_small_or_large()
    {
        // A hub subject with more quads than a cached group holds, in one predicate and over several, next to
        // many small groups.
        List<Quad> quads = Random(300, seed: 17, subjects: 30, objects: 30);
        quads.AddRange(Enumerable.Range(0, 3 * KeyGroupCache.MaxKeys).Select(i => Q("hub", "p" + (i % 3 == 0 ? 9 : i % 2), "o" + i)));
        quads.AddRange(Enumerable.Range(0, KeyGroupCache.MaxKeys + 5).Select(i => Q("hub", "wide", "w" + i, "g1")));
        using RocksDbQuadStore store = OpenStore();
        Commit(store, quads, []);

        using var first = new RocksDbReader(store);
        using var second = new RocksDbReader(store);
        var random = new Random(23);
        for (int o = 0; o < QuadKeys.OrderCount; o++)
        {
            var order = (IndexOrder)o;
            List<UInt128> all = [.. first.Scan(order, UInt128.Zero, UInt128.MaxValue)];
            Assert.HasCount(quads.Count, all);
            foreach (UInt128 sample in Enumerable.Range(0, 60).Select(_ => all[random.Next(all.Count)]))
            {
                for (int bound = 1; bound <= 4; bound++)
                {
                    UInt128 rest = bound == 4 ? UInt128.Zero : (UInt128.One << (32 * (4 - bound))) - 1;
                    UInt128 low = sample & ~rest, high = low | rest;
                    List<UInt128> expected = [.. all.Where(k => k >= low && k <= high)];

                    // Read from the store, again from the cache, and by another reader of the same state.
                    CollectionAssert.AreEqual(expected, first.Scan(order, low, high).ToList(), $"{order} bound {bound}");
                    CollectionAssert.AreEqual(expected, first.Scan(order, low, high).ToList(), $"{order} bound {bound}, again");
                    CollectionAssert.AreEqual(expected, second.Scan(order, low, high).ToList(), $"{order} bound {bound}, other reader");
                    Assert.AreEqual(expected.Count > 0, first.Any(order, low, high));
                }
            }
        }
    }

    [TestMethod]
    public void A_commit_starts_a_new_group_cache_and_older_snapshots_keep_their_view()
    {
        using RocksDbQuadStore store = OpenStore();
        Commit(store, [Q("s", "p", "o1"), Q("s", "p", "o2"), Q("s", "q", "x")], []);
        using IQuadSnapshot before = store.OpenSnapshot();
        Assert.IsTrue(before.TryGetId(Iri("s"), out long s));
        Assert.IsTrue(before.TryGetId(Iri("p"), out long p));
        CollectionAssert.AreEquivalent(new[] { "o1", "o2" }, Objects(before, s, p));
        KeyGroupCache? cacheBefore = store.Groups;

        Commit(store, [Q("s", "p", "o3")], [Q("s", "p", "o1")]);
        Assert.IsNotNull(store.Groups);
        Assert.AreNotSame(cacheBefore, store.Groups);
        using IQuadSnapshot after = store.OpenSnapshot();
        CollectionAssert.AreEquivalent(new[] { "o2", "o3" }, Objects(after, s, p));
        CollectionAssert.AreEquivalent(new[] { "o1", "o2" }, Objects(before, s, p));
        Assert.AreEqual(3, after.Match(s, TermIds.Any, TermIds.Any, TermIds.DefaultGraph).Count());
    }

    [TestMethod]
    public void No_group_cache_is_offered_while_a_commit_writes()
    {
        using RocksDbQuadStore store = OpenStore();
        store.MinimumIngestBatch = 1;
        KeyGroupCache? during = store.Groups;
        store.BeforeIngest = () => during = store.Groups;
        long loaded = new QuadStoreLoader(store).Load(Enumerable.Range(0, 10).Select(i => Q("s", "p", "o" + i)));
        Assert.AreEqual(10, loaded);
        Assert.IsNull(during);
        Assert.IsNotNull(store.Groups);
    }

    [TestMethod]
    public void Term_ids_cached_for_a_newer_snapshot_stay_hidden_from_an_older_one()
    {
        using RocksDbQuadStore store = OpenStore();
        Commit(store, [Q("s", "p", "o")], []);
        using IQuadSnapshot older = store.OpenSnapshot();
        Assert.IsTrue(older.TryGetId(Iri("s"), out long s));

        Commit(store, [Q("s", "p", "late")], []);
        using IQuadSnapshot newer = store.OpenSnapshot();
        Assert.IsTrue(newer.TryGetId(Iri("late"), out long late));
        Assert.IsTrue(newer.TryGetId(Iri("late"), out long again));
        Assert.AreEqual(late, again);
        Assert.IsFalse(older.TryGetId(Iri("late"), out long hidden));
        Assert.AreEqual(0, hidden);
        Assert.IsTrue(older.TryGetId(Iri("s"), out long sAgain));
        Assert.AreEqual(s, sAgain);
    }

    [TestMethod]
    public void Nested_scans_of_one_index_each_get_an_iterator_and_finished_scans_give_theirs_back()
    {
        List<Quad> quads = Random(120, seed: 29, subjects: 8, objects: 8);
        using RocksDbQuadStore store = OpenStore();
        Commit(store, quads, []);
        using var reader = new RocksDbReader(store);

        // Every key against every key, both from open scans of the whole SPOG index.
        long pairs = 0;
        foreach (UInt128 outer in reader.Scan(IndexOrder.Spog, UInt128.Zero, UInt128.MaxValue))
        {
            foreach (UInt128 inner in reader.Scan(IndexOrder.Spog, UInt128.Zero, UInt128.MaxValue))
            {
                pairs += outer == inner ? 1 : 0;
            }
        }

        Assert.AreEqual(quads.Count, pairs);
        Assert.AreEqual(2, reader.IteratorsMade);

        // Sequential scans and abandoned ones (disposed early) reuse those two.
        for (int i = 0; i < 50; i++)
        {
            Assert.AreNotEqual(UInt128.Zero, reader.Scan(IndexOrder.Spog, UInt128.Zero, UInt128.MaxValue).First());
        }

        Assert.AreEqual(2, reader.IteratorsMade);
    }

    [TestMethod]
    public void A_scan_still_open_when_its_reader_is_disposed_finishes_and_later_scans_are_refused()
    {
        List<Quad> quads = Random(60, seed: 31);
        using RocksDbQuadStore store = OpenStore();
        Commit(store, quads, []);
        var reader = new RocksDbReader(store);
        int seen = 0;
        using (IEnumerator<UInt128> scan = reader.Scan(IndexOrder.Posg, UInt128.Zero, UInt128.MaxValue).GetEnumerator())
        {
            Assert.IsTrue(scan.MoveNext());
            reader.Dispose();
            do
            {
                seen++;
            }
            while (scan.MoveNext());
        }

        Assert.AreEqual(quads.Count, seen);
        Assert.ThrowsExactly<ObjectDisposedException>(() => reader.Scan(IndexOrder.Posg, UInt128.Zero, UInt128.MaxValue).ToList());
    }

    private static List<string> Objects(IQuadSnapshot snapshot, long s, long p) =>
        [.. snapshot.Match(s, p, TermIds.Any, TermIds.DefaultGraph).Select(q => ((Iri)snapshot.GetTerm(q.Object)).Value["http://example.org/".Length..])];

    private static void Commit(RocksDbQuadStore store, IEnumerable<Quad> added, IEnumerable<Quad> removed)
    {
        using IQuadTransaction tx = store.BeginTransaction();
        foreach (Quad quad in added)
        {
            tx.Add(quad);
        }

        foreach (Quad quad in removed)
        {
            tx.Remove(quad);
        }

        tx.Commit();
    }

    private RocksDbQuadStore OpenStore()
    {
        string directory = Path.Combine(Path.GetTempPath(), "kg-storage-tests", Guid.NewGuid().ToString("N"));
        _directories.Add(directory);
        return RocksDbQuadStore.Open(directory, QuadStoreOptions.Default with { SyncCommits = false });
    }
}
