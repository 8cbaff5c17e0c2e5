using KnowledgeGraph.Storage.OnDisk;
using KnowledgeGraph.Storage.OnDisk.Native;
using KnowledgeGraph.Rdf.Stores;
using static KnowledgeGraph.Storage.Tests.TestQuads;

namespace KnowledgeGraph.Storage.Tests;

[TestClass]
public sealed class RocksDbQuadStoreTests : QuadStoreContractTests
{
    private readonly List<string> _directories = [];

    protected override bool ExactEstimates => true; // exact up to about a thousand matches; the tests stay below

    // Bulk batches of 64 quads or more are ingested as SST files, smaller ones go through the log: the loader tests
    // (batches of 64 to 150 and the remainders) take both ways.
    protected override IQuadStore CreateStore(QuadStoreOptions options)
    {
        RocksDbQuadStore store = RocksDbQuadStore.Open(NewDirectory(), options with { SyncCommits = false });
        store.MinimumIngestBatch = 64;
        return store;
    }

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

    private string NewDirectory()
    {
        string directory = Path.Combine(Path.GetTempPath(), "kg-storage-tests", Guid.NewGuid().ToString("N"));
        _directories.Add(directory);
        return directory;
    }

    [TestMethod]
    public void Committed_quads_survive_closing_and_reopening()
    {
        string directory = NewDirectory();
        List<Rdf.Quad> all = Random(300, seed: 21);
        using (RocksDbQuadStore store = RocksDbQuadStore.Open(directory, QuadStoreOptions.Default))
        {
            using (IQuadTransaction tx = store.BeginTransaction())
            {
                foreach (Rdf.Quad quad in all)
                {
                    tx.Add(quad);
                }

                tx.CreateGraph(Iri("empty"));
                tx.Commit();
            }

            // Rolled back: must not be there after reopening.
            using IQuadTransaction rolledBack = store.BeginTransaction();
            rolledBack.Add(Q("never", "p", "o"));
        }

        using (RocksDbQuadStore store = RocksDbQuadStore.Open(directory, QuadStoreOptions.Default))
        {
            using IQuadSnapshot snapshot = store.OpenSnapshot();
            Assert.AreEqual(all.Count, snapshot.QuadCount);
            Assert.IsFalse(snapshot.TryGetId(Iri("never"), out _));
            Assert.IsTrue(snapshot.TryGetId(Iri("empty"), out long empty));
            CollectionAssert.Contains(snapshot.NamedGraphs().ToList(), empty);
            var back = snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)
                .Select(snapshot.Decode)
                .ToHashSet();
            Assert.IsTrue(back.SetEquals(all));
            Rdf.Iri p = all[0].Predicate;
            Assert.IsTrue(snapshot.TryGetId(p, out long pid));
            Assert.AreEqual(all.Count(q => q.Predicate == p), snapshot.GetPredicateStatistics(pid).Quads);

            // New terms continue after the committed ones.
            using IQuadTransaction tx = store.BeginTransaction();
            tx.Add(Q("fresh", "p", "o"));
            Assert.IsTrue(tx.TryGetId(Iri("fresh"), out long fresh));
            Assert.IsFalse(snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any).Any(q => q.Subject == fresh || q.Object == fresh));
        }
    }

    [TestMethod]
    public void A_store_of_another_format_version_is_refused_with_a_clear_message()
    {
        string directory = NewDirectory();
        using (RocksDbQuadStore.Open(directory, QuadStoreOptions.Default))
        {
        }

        using (var options = new OptionsHandle())
        using (var synced = new WriteOptionsHandle(sync: true))
        {
            (string, OptionsHandle)[] families = [.. new[] { "default", "meta", "id2term", "term2id", "stats", "graphs", "spog", "posg", "ospg", "gspo", "gpos", "gosp" }.Select(name => (name, options))];
            (DatabaseHandle db, ColumnFamilyHandle[] handles) = DatabaseHandle.Open(options, directory, families);
            byte[] key = "format"u8.ToArray(), value = [0, 0, 0, 99];
            db.Put(synced, handles.Single(h => h.Name == "meta"), key, value);
            foreach (ColumnFamilyHandle handle in handles)
            {
                handle.Dispose();
            }

            db.Dispose();
        }

        InvalidDataException error = Assert.ThrowsExactly<InvalidDataException>(() => RocksDbQuadStore.Open(directory, QuadStoreOptions.Default));
        StringAssert.Contains(error.Message, "format version 99");
        StringAssert.Contains(error.Message, directory);
    }

    [TestMethod]
    public void A_RocksDB_error_is_an_io_error_naming_the_operation_and_the_store()
    {
        string directory = NewDirectory();
        using RocksDbQuadStore store = RocksDbQuadStore.Open(directory, QuadStoreOptions.Default);

        // RocksDB locks an open database, in this process too.
        IOException error = Assert.ThrowsExactly<IOException>(() => RocksDbQuadStore.Open(directory, QuadStoreOptions.Default));
        StringAssert.Contains(error.Message, "could not open the database");
        StringAssert.Contains(error.Message, Path.GetFullPath(directory));
        StringAssert.Contains(error.Message, "lock");
    }

    [TestMethod]
    public void A_database_that_is_not_a_store_is_refused()
    {
        string directory = NewDirectory();
        using (OptionsHandle options = new OptionsHandle().SetCreateIfMissing(true))
        using (var synced = new WriteOptionsHandle(sync: true))
        {
            (DatabaseHandle db, ColumnFamilyHandle[] handles) = DatabaseHandle.Open(options, directory, [("default", options)]);
            byte[] key = "x"u8.ToArray(), value = "y"u8.ToArray();
            db.Put(synced, handles[0], key, value);
            handles[0].Dispose();
            db.Dispose();
        }

        InvalidDataException error = Assert.ThrowsExactly<InvalidDataException>(() => RocksDbQuadStore.Open(directory, QuadStoreOptions.Default));
        StringAssert.Contains(error.Message, "not a KnowledgeGraph quad store");
    }

    [TestMethod]
    public void A_failing_writer_leaves_the_last_committed_state()
    {
        string directory = NewDirectory();
        using (RocksDbQuadStore store = RocksDbQuadStore.Open(directory, QuadStoreOptions.Default))
        {
            using (IQuadTransaction tx = store.BeginTransaction())
            {
                tx.Add(Q("a", "p", "b"));
                tx.Commit();
            }

            Assert.ThrowsExactly<InvalidOperationException>(() =>
            {
                using IQuadTransaction tx = store.BeginTransaction();
                tx.Add(Q("c", "p", "d"));
                throw new InvalidOperationException("the writer failed half way");
            });
        }

        using RocksDbQuadStore reopened = RocksDbQuadStore.Open(directory, QuadStoreOptions.Default);
        using IQuadSnapshot snapshot = reopened.OpenSnapshot();
        Assert.AreEqual(1, snapshot.QuadCount);
        Assert.IsFalse(snapshot.TryGetId(Iri("c"), out _));
    }

    [TestMethod]
    public void Estimates_of_large_ranges_come_from_sizes_and_stay_plausible()
    {
        using IQuadStore store = CreateStore(QuadStoreOptions.Default);
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            for (int i = 0; i < 6000; i++)
            {
                tx.Add(Q("s" + (i % 3), "p" + (i % 2), "o" + i));
            }

            tx.Commit();
        }

        using IQuadSnapshot snapshot = store.OpenSnapshot();
        Assert.IsTrue(snapshot.TryGetId(Iri("s0"), out long s0));
        long estimate = snapshot.EstimateCount(s0, TermIds.Any, TermIds.Any, TermIds.Any);
        Assert.IsGreaterThan(RocksDbReader.ExactCountLimit, estimate);
        Assert.IsLessThanOrEqualTo(6000, estimate);
        Assert.AreEqual(2000, snapshot.Match(s0, TermIds.Any, TermIds.Any, TermIds.Any).Count());
    }

    [TestMethod]
    public void Snapshots_left_open_are_released_when_the_store_closes()
    {
        RocksDbQuadStore store = RocksDbQuadStore.Open(NewDirectory(), QuadStoreOptions.Default);
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            tx.Add(Q("a", "p", "b"));
            tx.Commit();
        }

        IQuadSnapshot snapshot = store.OpenSnapshot();
        store.Dispose();
        Assert.ThrowsExactly<ObjectDisposedException>(() => snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any));
        Assert.ThrowsExactly<ObjectDisposedException>(() => store.OpenSnapshot());
        snapshot.Dispose();
    }

    [TestMethod]
    public void A_bulk_commit_interrupted_before_its_files_are_ingested_is_finished_when_the_store_opens()
    {
        string directory = NewDirectory();
        List<Rdf.Quad> all = Random(400, seed: 5, subjects: 60, objects: 60);
        using (RocksDbQuadStore store = RocksDbQuadStore.Open(directory, QuadStoreOptions.Default))
        {
            store.MinimumIngestBatch = 1;
            Assert.AreEqual(300, new QuadStoreLoader(store) { BatchSize = 100 }.Load(all.Take(300)));
            store.BeforeIngest = () => throw new IOException("simulated crash between the commit record and the ingestion");
            IOException error = Assert.ThrowsExactly<IOException>(() => new QuadStoreLoader(store) { BatchSize = 100 }.Load(all.Skip(300)));
            StringAssert.Contains(error.Message, "open the store again");
            Assert.ThrowsExactly<IOException>(() => store.OpenSnapshot());
        }

        Assert.IsNotEmpty(Directory.GetFiles(Path.Combine(directory, "bulk")), "the committed batch's files wait in the bulk folder");
        using (RocksDbQuadStore reopened = RocksDbQuadStore.Open(directory, QuadStoreOptions.Default))
        {
            Assert.IsEmpty(Directory.GetFiles(Path.Combine(directory, "bulk")));
            using IQuadSnapshot snapshot = reopened.OpenSnapshot();
            Assert.AreEqual(400, snapshot.QuadCount);
            Assert.AreEqual(400, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any).Count());
            foreach (Rdf.Iri predicate in all.Select(q => q.Predicate).Distinct())
            {
                Assert.IsTrue(snapshot.TryGetId(predicate, out long p));
                List<EncodedQuad> quads = [.. snapshot.Match(TermIds.Any, p, TermIds.Any, TermIds.Any)];
                Assert.AreEqual(
                    new PredicateStatistics(quads.Count, quads.Select(q => q.Subject).Distinct().Count(), quads.Select(q => q.Object).Distinct().Count()),
                    snapshot.GetPredicateStatistics(p));
            }
        }
    }

    [TestMethod]
    public void Files_of_a_bulk_batch_that_never_committed_are_deleted()
    {
        string directory = NewDirectory();
        using (RocksDbQuadStore store = RocksDbQuadStore.Open(directory, QuadStoreOptions.Default))
        {
            store.MinimumIngestBatch = 1;
            new QuadStoreLoader(store) { BatchSize = 100 }.Load(Random(150, seed: 8));
        }

        string stray = Path.Combine(directory, "bulk", "0123.spog.sst");
        File.WriteAllBytes(stray, [1, 2, 3]);
        using (RocksDbQuadStore reopened = RocksDbQuadStore.Open(directory, QuadStoreOptions.Default))
        {
            Assert.IsFalse(File.Exists(stray));
            using IQuadSnapshot snapshot = reopened.OpenSnapshot();
            Assert.AreEqual(150, snapshot.QuadCount);
        }
    }

    [TestMethod]
    public void The_union_default_graph_setting_is_recorded_when_the_store_is_created_and_changed_only_explicitly()
    {
        string union = NewDirectory(), separate = NewDirectory();
        using (RocksDbQuadStore store = RocksDbQuadStore.Open(union, QuadStoreOptions.Default with { UnionDefaultGraph = true }))
        {
            Assert.IsTrue(store.RecordedUnionDefaultGraph);
            using IQuadTransaction tx = store.BeginTransaction();
            tx.Add(Q("s", "p", "o", "g"));
            tx.Commit();
        }

        using (RocksDbQuadStore store = RocksDbQuadStore.Open(union, QuadStoreOptions.Default))
        {
            Assert.IsTrue(store.UnionDefaultGraph);
            using IQuadSnapshot snapshot = store.OpenSnapshot();
            Assert.IsTrue(snapshot.UnionDefaultGraph);
            Assert.AreEqual(1, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.DefaultGraph).Count());
        }

        using (RocksDbQuadStore store = RocksDbQuadStore.Open(union, QuadStoreOptions.Default with { UnionDefaultGraph = false }))
        {
            Assert.IsFalse(store.UnionDefaultGraph, "a value given when opening applies to the session");
            Assert.IsTrue(store.RecordedUnionDefaultGraph);
            using IQuadSnapshot snapshot = store.OpenSnapshot();
            Assert.AreEqual(0, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.DefaultGraph).Count());
        }

        using (RocksDbQuadStore store = RocksDbQuadStore.Open(union, QuadStoreOptions.Default))
        {
            Assert.IsTrue(store.UnionDefaultGraph, "and is not recorded");
            store.RecordUnionDefaultGraph(false);
            Assert.IsFalse(store.UnionDefaultGraph);
        }

        using (RocksDbQuadStore store = RocksDbQuadStore.Open(union, QuadStoreOptions.Default))
        {
            Assert.IsFalse(store.UnionDefaultGraph);
        }

        using (RocksDbQuadStore store = RocksDbQuadStore.Open(separate, QuadStoreOptions.Default))
        {
            Assert.IsFalse(store.RecordedUnionDefaultGraph);
            Assert.IsFalse(store.OpenSnapshot().UnionDefaultGraph);
        }
    }

    [TestMethod]
    public void Ascending_existence_checks_agree_with_the_stored_keys_and_seek_at_most_once_per_stored_key()
    {
        using RocksDbQuadStore store = RocksDbQuadStore.Open(NewDirectory(), QuadStoreOptions.Default with { SyncCommits = false });
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            foreach (Rdf.Quad quad in Random(300, seed: 13, subjects: 40, objects: 40))
            {
                tx.Add(quad);
            }

            tx.Commit();
        }

        using var reader = new RocksDbReader(store);
        List<UInt128> stored = [.. reader.Scan(KnowledgeGraph.Storage.Indexing.IndexOrder.Spog, UInt128.Zero, UInt128.MaxValue)];
        var random = new Random(3);
        var probes = new List<UInt128>(stored);
        for (int i = 0; i < 2000; i++)
        {
            UInt128 near = stored[random.Next(stored.Count)];
            probes.Add(random.Next(2) == 0 ? near + (uint)random.Next(1, 1 << 20) : near - (uint)random.Next(1, 1 << 20));
        }

        probes.Sort();
        var set = stored.ToHashSet();
        using var cursor = new IndexCursor(reader.NewIterator(KnowledgeGraph.Storage.Indexing.IndexOrder.Spog));
        foreach (UInt128 probe in probes)
        {
            Assert.AreEqual(set.Contains(probe), cursor.Any(probe, probe), $"probe {probe}");
        }

        Assert.IsLessThanOrEqualTo(stored.Count + 1, cursor.Seeks);

        // Ranges: any stored key within [low, low + width]?
        using var ranges = new IndexCursor(reader.NewIterator(KnowledgeGraph.Storage.Indexing.IndexOrder.Spog));
        foreach (UInt128 low in probes)
        {
            UInt128 high = low + (uint)random.Next(0, 1 << 22);
            Assert.AreEqual(stored.Any(k => k >= low && k <= high), ranges.Any(low, high));
        }
    }}
