using KnowledgeGraph.Rdf.Stores;
using static KnowledgeGraph.Storage.Tests.TestQuads;

namespace KnowledgeGraph.Storage.Tests;

[TestClass]
public sealed class RocksDbQuadStoreTests : QuadStoreContractTests
{
    private readonly List<string> _directories = [];

    protected override bool ExactEstimates => true; // exact up to about a thousand matches; the tests stay below

    protected override IQuadStore CreateStore(QuadStoreOptions options) => RocksDbQuadStore.Open(NewDirectory(), options with { SyncCommits = false });

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
                .Select(q => new Rdf.Quad(snapshot.GetTerm(q.Subject), (Rdf.Iri)snapshot.GetTerm(q.Predicate), snapshot.GetTerm(q.Object), q.Graph == TermIds.DefaultGraph ? null : snapshot.GetTerm(q.Graph)))
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

        using (var db = RocksDbSharp.RocksDb.Open(new RocksDbSharp.DbOptions(), directory, AllFamilies()))
        {
            byte[] key = "format"u8.ToArray(), value = [0, 0, 0, 99];
            db.Put(key, value, db.GetColumnFamily("meta"));
        }

        InvalidDataException error = Assert.ThrowsExactly<InvalidDataException>(() => RocksDbQuadStore.Open(directory, QuadStoreOptions.Default));
        StringAssert.Contains(error.Message, "format version 99");
        StringAssert.Contains(error.Message, directory);
    }

    [TestMethod]
    public void A_database_that_is_not_a_store_is_refused()
    {
        string directory = NewDirectory();
        using (var db = RocksDbSharp.RocksDb.Open(new RocksDbSharp.DbOptions().SetCreateIfMissing(true), directory))
        {
            byte[] key = "x"u8.ToArray(), value = "y"u8.ToArray();
            db.Put(key, value);
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
        Assert.IsGreaterThan(1024, estimate);
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

    private static RocksDbSharp.ColumnFamilies AllFamilies()
    {
        var families = new RocksDbSharp.ColumnFamilies();
        foreach (string name in new[] { "meta", "id2term", "term2id", "stats", "graphs", "spog", "posg", "ospg", "gspo", "gpos", "gosp" })
        {
            families.Add(name, new RocksDbSharp.ColumnFamilyOptions());
        }

        return families;
    }
}
