using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Rdf.Vocabularies;
using static KnowledgeGraph.Storage.Tests.TestQuads;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IQuadStore"/> must have; one subclass per implementation runs all of it.
/// </summary>
public abstract class QuadStoreContractTests
{
    /// <summary>Creates an empty store; the subclass disposes of what it needs after the test.</summary>
    protected abstract IQuadStore CreateStore(QuadStoreOptions options);

    /// <summary>True when <see cref="IQuadSnapshot.EstimateCount"/> is exact for patterns without graph filters.</summary>
    protected abstract bool ExactEstimates { get; }

    private IQuadStore CreateStore() => CreateStore(QuadStoreOptions.Default);

    private static void AddAll(IQuadStore store, IEnumerable<Quad> quads)
    {
        using IQuadTransaction tx = store.BeginTransaction();
        foreach (Quad quad in quads)
        {
            tx.Add(quad);
        }

        tx.Commit();
    }

    private static long Id(IQuadSnapshot snapshot, Term? term) =>
        term is null ? TermIds.DefaultGraph : snapshot.TryGetId(term, out long id) ? id : throw new AssertFailedException($"no id for {term}");

    private static HashSet<Quad> Decode(IQuadSnapshot snapshot, IEnumerable<EncodedQuad> quads)
    {
        var set = new HashSet<Quad>();
        foreach (EncodedQuad q in quads)
        {
            var quad = snapshot.Decode(q);
            Assert.IsTrue(set.Add(quad), $"{quad} came twice");
        }

        return set;
    }

    [TestMethod]
    public void Every_pattern_shape_matches_what_a_scan_of_all_quads_matches()
    {
        List<Quad> all = Random(400, seed: 1);
        using IQuadStore store = CreateStore();
        AddAll(store, all);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        Assert.AreEqual(all.Count, snapshot.QuadCount);

        int patterns = 0;
        foreach (Quad sample in all.Take(40))
        {
            for (int mask = 0; mask < 16; mask++)
            {
                Term? s = (mask & 1) != 0 ? sample.Subject : null;
                Term? p = (mask & 2) != 0 ? sample.Predicate : null;
                Term? o = (mask & 4) != 0 ? sample.Object : null;
                bool g = (mask & 8) != 0;
                long gid = g ? Id(snapshot, sample.Graph) : TermIds.Any;
                var expected = all.Where(q =>
                    (s is null || q.Subject == s) && (p is null || q.Predicate == p) && (o is null || q.Object == o)
                    && (!g || Equals(q.Graph, sample.Graph))).ToHashSet();
                long si = s is null ? TermIds.Any : Id(snapshot, s), pi = p is null ? TermIds.Any : Id(snapshot, p), oi = o is null ? TermIds.Any : Id(snapshot, o);
                HashSet<Quad> actual = Decode(snapshot, snapshot.Match(si, pi, oi, gid));
                Assert.IsTrue(expected.SetEquals(actual), $"pattern mask {mask} on {sample}: expected {expected.Count}, got {actual.Count}");
                long estimate = snapshot.EstimateCount(si, pi, oi, gid);
                if (ExactEstimates)
                {
                    Assert.AreEqual(expected.Count, estimate, $"estimate for mask {mask}");
                }
                else
                {
                    Assert.IsGreaterThanOrEqualTo(0, estimate);
                }

                patterns++;
            }
        }

        Assert.AreEqual(640, patterns);
    }

    [TestMethod]
    public void Results_come_in_index_order()
    {
        List<Quad> all = Random(300, seed: 2);
        using IQuadStore store = CreateStore();
        AddAll(store, all);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        long p = Id(snapshot, all[0].Predicate);
        List<EncodedQuad> byPredicate = [.. snapshot.Match(TermIds.Any, p, TermIds.Any, TermIds.Any)];
        Assert.IsNotEmpty(byPredicate);
        for (int i = 1; i < byPredicate.Count; i++)
        {
            (long, long, long) previous = (byPredicate[i - 1].Object, byPredicate[i - 1].Subject, byPredicate[i - 1].Graph);
            (long, long, long) current = (byPredicate[i].Object, byPredicate[i].Subject, byPredicate[i].Graph);
            Assert.IsLessThan(0, previous.CompareTo(current), "POSG order");
        }
    }

    [TestMethod]
    public void Graph_positions_select_default_named_and_all_graphs()
    {
        using IQuadStore store = CreateStore();
        AddAll(store, [Q("a", "p", "b"), Q("a", "p", "b", "g1"), Q("a", "p", "c", "g2"), Q("x", "p", "y", "g2")]);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        Assert.IsFalse(snapshot.UnionDefaultGraph);
        long a = Id(snapshot, Iri("a"));

        Assert.AreEqual(4, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any).Count());
        Assert.AreEqual(1, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.DefaultGraph).Count());
        Assert.AreEqual(3, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.AnyNamedGraph).Count());
        Assert.AreEqual(2, snapshot.Match(a, TermIds.Any, TermIds.Any, TermIds.AnyNamedGraph).Count());
        Assert.IsTrue(snapshot.Match(a, TermIds.Any, TermIds.Any, TermIds.AnyNamedGraph).All(q => q.Graph != TermIds.DefaultGraph));
        Assert.AreEqual(2, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, Id(snapshot, Iri("g2"))).Count());
        if (ExactEstimates)
        {
            Assert.AreEqual(2, snapshot.EstimateCount(a, TermIds.Any, TermIds.Any, TermIds.AnyNamedGraph));
            Assert.AreEqual(3, snapshot.EstimateCount(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.AnyNamedGraph));
        }
    }

    [TestMethod]
    public void Union_default_graph_gives_each_triple_once()
    {
        using IQuadStore store = CreateStore(new QuadStoreOptions { UnionDefaultGraph = true });
        AddAll(store, [Q("a", "p", "b"), Q("a", "p", "b", "g1"), Q("a", "p", "b", "g2"), Q("a", "p", "c", "g2"), Q("d", "q", "b", "g1")]);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        Assert.IsTrue(snapshot.UnionDefaultGraph);
        long a = Id(snapshot, Iri("a")), p = Id(snapshot, Iri("p")), b = Id(snapshot, Iri("b"));

        List<EncodedQuad> union = [.. snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.DefaultGraph)];
        Assert.HasCount(3, union);
        Assert.IsTrue(union.All(q => q.Graph == TermIds.DefaultGraph));
        Assert.HasCount(3, union.Distinct());
        Assert.HasCount(2, snapshot.Match(a, p, TermIds.Any, TermIds.DefaultGraph).ToList());
        Assert.HasCount(2, snapshot.Match(TermIds.Any, TermIds.Any, b, TermIds.DefaultGraph).ToList());
        Assert.HasCount(1, snapshot.Match(a, p, b, TermIds.DefaultGraph).ToList());

        // The real graphs are still there for GRAPH patterns and for Any.
        Assert.AreEqual(5, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any).Count());
        Assert.AreEqual(4, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.AnyNamedGraph).Count());
        Assert.IsGreaterThanOrEqualTo(3, snapshot.EstimateCount(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.DefaultGraph));
    }

    [TestMethod]
    public void Union_default_graph_matches_the_quads_of_named_graphs_only()
    {
        using IQuadStore store = CreateStore(new QuadStoreOptions { UnionDefaultGraph = true });
        AddAll(store, [Q("a", "p", "b", "g1")]);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        EncodedQuad only = snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.DefaultGraph).Single();
        Assert.AreEqual(new EncodedQuad(Id(snapshot, Iri("a")), Id(snapshot, Iri("p")), Id(snapshot, Iri("b")), TermIds.DefaultGraph), only);
    }

    [TestMethod]
    public void Ids_that_no_store_hands_out_match_nothing()
    {
        using IQuadStore store = CreateStore();
        AddAll(store, [Q("a", "p", "b")]);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        Assert.IsEmpty(snapshot.Match(TermIds.DefaultGraph, TermIds.Any, TermIds.Any, TermIds.Any).ToList());
        Assert.IsEmpty(snapshot.Match(-5, TermIds.Any, TermIds.Any, TermIds.Any).ToList());
        Assert.IsEmpty(snapshot.Match(TermIds.Any, long.MaxValue, TermIds.Any, TermIds.Any).ToList());
        Assert.IsEmpty(snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, -7).ToList());
        Assert.AreEqual(0, snapshot.EstimateCount(TermIds.Any, TermIds.Any, TermIds.Any, -7));
        Assert.IsFalse(snapshot.TryGetId(Iri("never"), out _));
    }

    [TestMethod]
    public void Add_and_remove_report_whether_anything_changed()
    {
        using IQuadStore store = CreateStore();
        using IQuadTransaction tx = store.BeginTransaction();
        Assert.IsTrue(tx.Add(Q("a", "p", "b")));
        Assert.IsFalse(tx.Add(Q("a", "p", "b")));
        Assert.IsTrue(tx.Add(Q("a", "p", "b", "g")));
        Assert.IsFalse(tx.Remove(Q("a", "p", "zzz")));
        Assert.IsFalse(tx.Remove(Q("b", "p", "a")));
        Assert.IsTrue(tx.Remove(Q("a", "p", "b")));
        Assert.IsFalse(tx.Remove(Q("a", "p", "b")));
        Assert.AreEqual(1, tx.QuadCount);
        tx.Commit();
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        Assert.AreEqual(1, snapshot.QuadCount);
    }

    [TestMethod]
    public void Terms_of_every_kind_round_trip_through_ids()
    {
        Term[] terms =
        [
            Iri("s"),
            new BlankNode("b1"),
            new Literal("plain"),
            new Literal(""),
            new Literal("Grüße \"quoted\"\n", "de-CH"),
            new Literal("مرحبا", "ar", BaseDirection.Rtl),
            new Literal("hi", "en", BaseDirection.Ltr),
            Literal.Create(42L),
            Literal.Create(-7L),
            Literal.Create(3.5m),
            Literal.Create(1e300),
            Literal.Create(true),
            Literal.Create(new DateOnly(2024, 2, 29)),
            new Literal("2024-02-29T12:00:00Z", Vocabulary.Xsd.DateTime),
            new Literal("0042", Vocabulary.Xsd.Integer),
            new Literal("not a number", Vocabulary.Xsd.Integer),
            new Literal("x", Iri("custom-type")),
            new TripleTerm(new Triple(Iri("s"), Iri("p"), new TripleTerm(new Triple(new BlankNode("n"), Iri("q"), new Literal("deep", "en"))))),
        ];
        using IQuadStore store = CreateStore();
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            foreach (Term term in terms)
            {
                tx.Add(new Quad(Iri("s"), Iri("p"), term));
            }

            tx.Commit();
        }

        using IQuadSnapshot snapshot = store.OpenSnapshot();
        var ids = new HashSet<long>();
        foreach (Term term in terms)
        {
            Assert.IsTrue(snapshot.TryGetId(term, out long id), term.ToString());
            Assert.IsGreaterThan(TermIds.DefaultGraph, id);
            Assert.IsTrue(ids.Add(id), $"{term} shares an id");
            Term back = snapshot.GetTerm(id);
            Assert.AreEqual(term, back);
            Assert.AreEqual(term.ToString(), back.ToString());
        }

        Assert.AreEqual(terms.Length, snapshot.Match(Id(snapshot, Iri("s")), TermIds.Any, TermIds.Any, TermIds.DefaultGraph).Count());
        Assert.ThrowsExactly<KeyNotFoundException>(() => snapshot.GetTerm(1_000_000));
    }

    [TestMethod]
    public void A_snapshot_does_not_see_later_commits()
    {
        using IQuadStore store = CreateStore();
        AddAll(store, [Q("a", "p", "b")]);
        using IQuadSnapshot before = store.OpenSnapshot();
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            tx.Add(Q("c", "p", "d"));
            tx.Remove(Q("a", "p", "b"));
            tx.CreateGraph(Iri("g"));
            tx.Commit();
        }

        using IQuadSnapshot after = store.OpenSnapshot();
        long p = Id(after, Iri("p"));
        Assert.AreEqual(1, before.QuadCount);
        Assert.IsTrue(Decode(before, before.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)).SetEquals([Q("a", "p", "b")]));
        Assert.IsEmpty(before.NamedGraphs().ToList());
        Assert.AreEqual(1, before.GetPredicateStatistics(p).Quads);
        Assert.IsTrue(Decode(after, after.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)).SetEquals([Q("c", "p", "d")]));
        Assert.HasCount(1, after.NamedGraphs().ToList());
    }

    [TestMethod]
    public void A_transaction_sees_its_own_writes_and_others_do_not_until_commit()
    {
        using IQuadStore store = CreateStore();
        AddAll(store, [Q("a", "p", "b")]);
        using IQuadTransaction tx = store.BeginTransaction();
        tx.Add(Q("a", "p", "c", "g"));
        tx.Remove(Q("a", "p", "b"));
        long a = Id(tx, Iri("a"));
        Assert.IsTrue(Decode(tx, tx.Match(a, TermIds.Any, TermIds.Any, TermIds.Any)).SetEquals([Q("a", "p", "c", "g")]));
        Assert.AreEqual(1, tx.QuadCount);
        Assert.AreEqual(new PredicateStatistics(1, 1, 1), tx.GetPredicateStatistics(Id(tx, Iri("p"))));
        CollectionAssert.AreEqual(new[] { Id(tx, Iri("g")) }, tx.NamedGraphs().ToArray());
        if (ExactEstimates)
        {
            Assert.AreEqual(1, tx.EstimateCount(a, TermIds.Any, TermIds.Any, TermIds.Any));
        }

        using (IQuadSnapshot during = store.OpenSnapshot())
        {
            Assert.IsTrue(Decode(during, during.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)).SetEquals([Q("a", "p", "b")]));
        }

        tx.Commit();
        using IQuadSnapshot after = store.OpenSnapshot();
        Assert.IsTrue(Decode(after, after.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)).SetEquals([Q("a", "p", "c", "g")]));
    }

    [TestMethod]
    public void Enumerating_a_transaction_while_it_writes_sees_the_state_at_the_start()
    {
        using IQuadStore store = CreateStore();
        using IQuadTransaction tx = store.BeginTransaction();
        for (int i = 0; i < 500; i++)
        {
            tx.Add(Q("s" + i, "p", "o"));
        }

        int seen = 0;
        foreach (EncodedQuad quad in tx.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any))
        {
            tx.Add(Q("t" + seen, "p", "o"));
            seen++;
        }

        Assert.AreEqual(500, seen);
        Assert.AreEqual(1000, tx.QuadCount);
    }

    [TestMethod]
    public void Disposing_without_commit_rolls_back()
    {
        using IQuadStore store = CreateStore();
        AddAll(store, [Q("a", "p", "b")]);
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            tx.Add(Q("c", "p", "d", "g"));
            tx.Remove(Q("a", "p", "b"));
            tx.CreateGraph(Iri("empty"));
        }

        using IQuadSnapshot snapshot = store.OpenSnapshot();
        Assert.IsTrue(Decode(snapshot, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)).SetEquals([Q("a", "p", "b")]));
        Assert.IsEmpty(snapshot.NamedGraphs().ToList());
        Assert.AreEqual(new PredicateStatistics(1, 1, 1), snapshot.GetPredicateStatistics(Id(snapshot, Iri("p"))));

        // The writer's slot is free again.
        using IQuadTransaction next = store.BeginTransaction();
        Assert.IsTrue(next.Add(Q("c", "p", "d")));
    }

    [TestMethod]
    public void A_finished_transaction_refuses_further_use()
    {
        using IQuadStore store = CreateStore();
        IQuadTransaction tx = store.BeginTransaction();
        tx.Add(Q("a", "p", "b"));
        tx.Commit();
        Assert.ThrowsExactly<InvalidOperationException>(() => tx.Add(Q("c", "p", "d")));
        Assert.ThrowsExactly<InvalidOperationException>(() => tx.Commit());
        tx.Dispose();
        tx.Dispose();
    }

    [TestMethod]
    public void Begin_transaction_waits_for_the_open_one()
    {
        using IQuadStore store = CreateStore();
        IQuadTransaction first = store.BeginTransaction();
        using var cancelled = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        Assert.ThrowsExactly<OperationCanceledException>(() => store.BeginTransaction(cancelled.Token));

        Task<long> second = Task.Run(() =>
        {
            using IQuadTransaction tx = store.BeginTransaction();
            return tx.QuadCount;
        });
        Thread.Sleep(50);
        Assert.IsFalse(second.IsCompleted);
        first.Add(Q("a", "p", "b"));
        first.Commit();
        first.Dispose();
        Assert.IsTrue(second.Wait(TimeSpan.FromSeconds(10)));
        Assert.AreEqual(1, second.Result);
    }

    [TestMethod]
    public void Readers_see_whole_commits_while_a_writer_works()
    {
        const int batch = 50, batches = 40;
        using IQuadStore store = CreateStore();
        using var done = new CancellationTokenSource();
        Task writer = Task.Run(() =>
        {
            for (int b = 0; b < batches; b++)
            {
                using IQuadTransaction tx = store.BeginTransaction();
                for (int i = 0; i < batch; i++)
                {
                    tx.Add(Q("s" + b, "p" + (i % 3), "o" + i, i % 2 == 0 ? null : "g" + (b % 4)));
                }

                tx.Commit();
            }
        });

        Task[] readers = [.. Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            int checks = 0;
            while (!writer.IsCompleted || checks < 5)
            {
                using IQuadSnapshot snapshot = store.OpenSnapshot();
                long count = snapshot.QuadCount;
                Assert.AreEqual(0, count % batch, "a snapshot saw part of a commit");
                Assert.AreEqual(count, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any).LongCount());
                Assert.AreEqual(count / 2, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.DefaultGraph).LongCount());
                checks++;
            }
        }))];

        Assert.IsTrue(Task.WaitAll([writer, .. readers], TimeSpan.FromMinutes(2)));
        using IQuadSnapshot last = store.OpenSnapshot();
        Assert.AreEqual(batch * batches, last.QuadCount);
    }

    [TestMethod]
    public void Predicate_statistics_count_quads_and_distinct_subjects_and_objects_over_all_graphs()
    {
        using IQuadStore store = CreateStore();
        AddAll(store, [Q("a", "p", "x"), Q("a", "p", "x", "g"), Q("a", "p", "y"), Q("b", "p", "x", "g"), Q("c", "q", "x")]);
        using (IQuadSnapshot snapshot = store.OpenSnapshot())
        {
            Assert.AreEqual(new PredicateStatistics(4, 2, 2), snapshot.GetPredicateStatistics(Id(snapshot, Iri("p"))));
            Assert.AreEqual(new PredicateStatistics(1, 1, 1), snapshot.GetPredicateStatistics(Id(snapshot, Iri("q"))));
            Assert.AreEqual(default, snapshot.GetPredicateStatistics(Id(snapshot, Iri("a"))));
        }

        using (IQuadTransaction tx = store.BeginTransaction())
        {
            tx.Remove(Q("a", "p", "x"));      // a p x still in g: nothing distinct is lost
            tx.Remove(Q("b", "p", "x", "g")); // b is gone as a subject of p
            tx.Remove(Q("c", "q", "x"));
            tx.Commit();
        }

        using (IQuadSnapshot snapshot = store.OpenSnapshot())
        {
            Assert.AreEqual(new PredicateStatistics(2, 1, 2), snapshot.GetPredicateStatistics(Id(snapshot, Iri("p"))));
            Assert.AreEqual(default, snapshot.GetPredicateStatistics(Id(snapshot, Iri("q"))));
        }

        using (IQuadTransaction tx = store.BeginTransaction())
        {
            Assert.IsTrue(tx.DropGraph(Iri("g")));
            tx.Commit();
        }

        using (IQuadSnapshot snapshot = store.OpenSnapshot())
        {
            Assert.AreEqual(new PredicateStatistics(1, 1, 1), snapshot.GetPredicateStatistics(Id(snapshot, Iri("p"))));
        }
    }

    [TestMethod]
    public void Statistics_agree_with_the_quads_after_random_changes()
    {
        List<Quad> all = Random(600, seed: 3);
        using IQuadStore store = CreateStore();
        AddAll(store, all);
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            foreach (Quad quad in all.Where((_, i) => i % 3 == 0))
            {
                Assert.IsTrue(tx.Remove(quad));
            }

            tx.Commit();
        }

        var left = all.Where((_, i) => i % 3 != 0).ToList();
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        foreach (IGrouping<Iri, Quad> group in left.GroupBy(q => q.Predicate))
        {
            var expected = new PredicateStatistics(group.Count(), group.Select(q => q.Subject).Distinct().Count(), group.Select(q => q.Object).Distinct().Count());
            long p = Id(snapshot, group.Key);
            Assert.AreEqual(expected, snapshot.GetPredicateStatistics(p));
            if (ExactEstimates)
            {
                Assert.AreEqual(expected.Quads, snapshot.EstimateCount(TermIds.Any, p, TermIds.Any, TermIds.Any));
            }
        }
    }

    [TestMethod]
    public void Created_graphs_exist_while_empty_and_dropped_graphs_are_gone()
    {
        using IQuadStore store = CreateStore();
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            Assert.IsTrue(tx.CreateGraph(Iri("empty")));
            Assert.IsFalse(tx.CreateGraph(Iri("empty")));
            tx.Add(Q("a", "p", "b", "full"));
            tx.Add(Q("a", "p", "c", "full"));
            tx.Add(Q("a", "p", "b"));
            Assert.IsFalse(tx.CreateGraph(Iri("full")));
            Assert.ThrowsExactly<ArgumentException>(() => tx.CreateGraph(new Literal("x")));
            tx.Commit();
        }

        using (IQuadSnapshot snapshot = store.OpenSnapshot())
        {
            CollectionAssert.AreEquivalent(new[] { Id(snapshot, Iri("empty")), Id(snapshot, Iri("full")) }, snapshot.NamedGraphs().ToArray());
        }

        using (IQuadTransaction tx = store.BeginTransaction())
        {
            Assert.IsTrue(tx.DropGraph(Iri("full")));
            Assert.IsFalse(tx.DropGraph(Iri("full")));
            Assert.IsTrue(tx.DropGraph(Iri("empty")));
            Assert.IsFalse(tx.DropGraph(Iri("never-seen")));
            tx.Commit();
        }

        using (IQuadSnapshot snapshot = store.OpenSnapshot())
        {
            Assert.IsEmpty(snapshot.NamedGraphs().ToList());
            Assert.AreEqual(1, snapshot.QuadCount);
            Assert.IsTrue(Decode(snapshot, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)).SetEquals([Q("a", "p", "b")]));
        }
    }

    [TestMethod]
    public void A_graph_whose_last_quad_is_removed_is_no_longer_listed()
    {
        using IQuadStore store = CreateStore();
        AddAll(store, [Q("a", "p", "b", "g1"), Q("a", "p", "b", "g2")]);
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            tx.Remove(Q("a", "p", "b", "g1"));
            tx.Commit();
        }

        using IQuadSnapshot snapshot = store.OpenSnapshot();
        CollectionAssert.AreEqual(new[] { Id(snapshot, Iri("g2")) }, snapshot.NamedGraphs().ToArray());
    }

    [TestMethod]
    public void Many_changes_over_several_commits_keep_every_index_consistent()
    {
        List<Quad> all = Random(5000, seed: 4, subjects: 300, predicates: 12, objects: 300, graphs: 6);
        var model = new HashSet<Quad>();
        using IQuadStore store = CreateStore();
        var random = new Random(5);
        for (int round = 0; round < 4; round++)
        {
            using IQuadTransaction tx = store.BeginTransaction();
            foreach (Quad quad in all)
            {
                if (random.Next(3) == 0)
                {
                    Assert.AreEqual(model.Remove(quad), tx.Remove(quad));
                }
                else
                {
                    Assert.AreEqual(model.Add(quad), tx.Add(quad));
                }
            }

            tx.Commit();
        }

        using IQuadSnapshot snapshot = store.OpenSnapshot();
        Assert.AreEqual(model.Count, snapshot.QuadCount);
        Assert.IsTrue(Decode(snapshot, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)).SetEquals(model));
        foreach (Term graph in model.Select(q => q.Graph).OfType<Term>().Distinct())
        {
            long g = Id(snapshot, graph);
            Assert.IsTrue(Decode(snapshot, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, g)).SetEquals(model.Where(q => Equals(q.Graph, graph))));
        }

        foreach (Term o in model.Select(q => q.Object).Distinct().Take(50))
        {
            long id = Id(snapshot, o);
            Assert.IsTrue(Decode(snapshot, snapshot.Match(TermIds.Any, TermIds.Any, id, TermIds.Any)).SetEquals(model.Where(q => q.Object == o)));
        }
    }

    private static void AssertStatisticsMatch(IQuadSnapshot snapshot, IEnumerable<Quad> quads)
    {
        foreach (IGrouping<Iri, Quad> group in quads.GroupBy(q => q.Predicate))
        {
            var expected = new PredicateStatistics(group.Count(), group.Select(q => q.Subject).Distinct().Count(), group.Select(q => q.Object).Distinct().Count());
            Assert.AreEqual(expected, snapshot.GetPredicateStatistics(Id(snapshot, group.Key)), group.Key.ToString());
        }
    }

    [TestMethod]
    public void The_loader_commits_batches_drops_duplicates_and_reports_progress()
    {
        List<Quad> distinct = Random(1000, seed: 31, subjects: 60, predicates: 6, objects: 60, graphs: 3);
        List<Quad> input = [.. distinct, .. distinct.Where((_, i) => i % 4 == 0)];
        new Random(32).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(input));
        using IQuadStore store = CreateStore();
        var progress = new List<long>();
        var loader = new QuadStoreLoader(store) { BatchSize = 97, Progress = progress.Add };

        long added = loader.Load(input);

        Assert.AreEqual(distinct.Count, added);
        Assert.AreEqual(input.Count, progress[^1]);
        Assert.AreEqual((input.Count + 96) / 97, progress.Count);
        CollectionAssert.AreEqual(progress.Order().ToList(), progress);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        Assert.AreEqual(distinct.Count, snapshot.QuadCount);
        Assert.IsTrue(Decode(snapshot, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)).SetEquals(distinct));
        foreach (Quad sample in distinct.Take(20))
        {
            long o = Id(snapshot, sample.Object);
            Assert.IsTrue(Decode(snapshot, snapshot.Match(TermIds.Any, TermIds.Any, o, TermIds.Any)).SetEquals(distinct.Where(q => q.Object == sample.Object)));
        }

        AssertStatisticsMatch(snapshot, distinct);
    }

    [TestMethod]
    public void The_loader_adds_only_what_a_filled_store_lacks()
    {
        List<Quad> first = Random(800, seed: 33, subjects: 40, predicates: 5, objects: 40, graphs: 2);
        List<Quad> second = Random(800, seed: 34, subjects: 50, predicates: 5, objects: 50, graphs: 2);
        using IQuadStore store = CreateStore();
        AddAll(store, first);

        long added = new QuadStoreLoader(store) { BatchSize = 150 }.Load(second);

        var union = first.Concat(second).ToHashSet();
        Assert.AreEqual(union.Count - first.Count, added);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        Assert.AreEqual(union.Count, snapshot.QuadCount);
        Assert.IsTrue(Decode(snapshot, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)).SetEquals(union));
        AssertStatisticsMatch(snapshot, union);

        // The store takes ordinary transactions after a load.
        using IQuadTransaction tx = store.BeginTransaction();
        Assert.IsFalse(tx.Add(second[0]));
        Assert.IsTrue(tx.Remove(second[0]));
        tx.Commit();
    }

    [TestMethod]
    public void A_cancelled_load_keeps_the_batches_it_committed()
    {
        List<Quad> all = Random(500, seed: 35);
        using IQuadStore store = CreateStore();
        using var cancel = new CancellationTokenSource();
        var loader = new QuadStoreLoader(store)
        {
            BatchSize = 100,
            Progress = read =>
            {
                if (read >= 200)
                {
                    cancel.Cancel();
                }
            },
        };

        Assert.ThrowsExactly<OperationCanceledException>(() => loader.Load(all, cancel.Token));
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        Assert.AreEqual(200, snapshot.QuadCount);
        Assert.IsTrue(Decode(snapshot, snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)).SetEquals(all.Take(200)));
    }

    [TestMethod]
    public void The_loader_works_through_the_interface_for_other_stores()
    {
        List<Quad> all = Random(300, seed: 36);
        using IQuadStore inner = CreateStore();
        using var store = new InterfaceOnlyStore(inner);
        long added = new QuadStoreLoader(store) { BatchSize = 64 }.Load([.. all, .. all.Take(10)]);
        Assert.AreEqual(all.Count, added);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        Assert.AreEqual(all.Count, snapshot.QuadCount);
    }

    /// <summary>Hides a store's type, so the loader sees nothing but <see cref="IQuadStore"/>.</summary>
    private sealed class InterfaceOnlyStore(IQuadStore inner) : IQuadStore
    {
        public IQuadSnapshot OpenSnapshot() => inner.OpenSnapshot();

        public IQuadTransaction BeginTransaction(CancellationToken cancellationToken = default) => new Wrapped(inner.BeginTransaction(cancellationToken));

        public void Dispose()
        {
        }

        private sealed class Wrapped(IQuadTransaction tx) : IQuadTransaction
        {
            public bool UnionDefaultGraph => tx.UnionDefaultGraph;

            public long QuadCount => tx.QuadCount;

            public bool Add(Quad quad) => tx.Add(quad);

            public bool Remove(Quad quad) => tx.Remove(quad);

            public bool CreateGraph(Term graph) => tx.CreateGraph(graph);

            public bool DropGraph(Term graph) => tx.DropGraph(graph);

            public void Commit() => tx.Commit();

            public void Dispose() => tx.Dispose();

            public bool TryGetId(Term term, out long id) => tx.TryGetId(term, out id);

            public Term GetTerm(long id) => tx.GetTerm(id);

            public IEnumerable<EncodedQuad> Match(long subject, long predicate, long @object, long graph) => tx.Match(subject, predicate, @object, graph);

            public long EstimateCount(long subject, long predicate, long @object, long graph) => tx.EstimateCount(subject, predicate, @object, graph);

            public PredicateStatistics GetPredicateStatistics(long predicate) => tx.GetPredicateStatistics(predicate);

            public IEnumerable<long> NamedGraphs() => tx.NamedGraphs();
        }
    }
}
