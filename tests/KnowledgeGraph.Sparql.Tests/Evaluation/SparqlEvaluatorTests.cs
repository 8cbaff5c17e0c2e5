using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

[TestClass]
public sealed class SparqlEvaluatorTests
{
    private static readonly Iri P = Iri.Parse("http://e/p");
    private static readonly Iri Name = Iri.Parse("http://e/name");

    private static MemoryQuadStore Store(int chain)
    {
        var store = new MemoryQuadStore();
        using IQuadTransaction tx = store.BeginTransaction();
        for (int i = 0; i < chain; i++)
        {
            tx.Add(new Quad(Iri.Parse($"http://e/n{i}"), P, Iri.Parse($"http://e/n{(i + 1) % chain}")));
            tx.Add(new Quad(Iri.Parse($"http://e/n{i}"), Name, new Literal("node " + i, "en")));
        }

        tx.Commit();
        return store;
    }

    private static List<IReadOnlyList<Term?>> Select(MemoryQuadStore store, string query, SparqlEvaluatorOptions? options = null)
    {
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        return new SparqlEvaluator(options).Evaluate(SparqlParser.ParseQuery(query), snapshot).Rows.ToList();
    }

    [TestMethod]
    public void StarPathTerminatesOnCycles()
    {
        using MemoryQuadStore store = Store(50);
        List<IReadOnlyList<Term?>> rows = Select(store, "SELECT ?x { <http://e/n0> <http://e/p>* ?x }");
        Assert.HasCount(50, rows);
        rows = Select(store, "SELECT ?x { <http://e/n0> <http://e/p>+ ?x }");
        Assert.HasCount(50, rows);
    }

    [TestMethod]
    public void AggregatesAndComputedValuesGetOverlayIds()
    {
        using MemoryQuadStore store = Store(10);
        List<IReadOnlyList<Term?>> rows = Select(store,
            "SELECT (COUNT(*) AS ?n) (SUM(?len) AS ?total) { ?s <http://e/name> ?name BIND(STRLEN(?name) AS ?len) }");
        Assert.HasCount(1, rows);
        Assert.AreEqual(Literal.Create(10L), rows[0][0]);
        Assert.AreEqual(Literal.Create(60L), rows[0][1]);
    }

    [TestMethod]
    public void TypeErrorsLeaveValuesUnbound()
    {
        using MemoryQuadStore store = Store(2);
        List<IReadOnlyList<Term?>> rows = Select(store, "SELECT ?s ?bad { ?s <http://e/p> ?o BIND(?o + 1 AS ?bad) }");
        Assert.HasCount(2, rows);
        Assert.IsTrue(rows.All(r => r[0] is not null && r[1] is null));
    }

    [TestMethod]
    public void OptionalOrderAndSlice()
    {
        using MemoryQuadStore store = Store(5);
        List<IReadOnlyList<Term?>> rows = Select(store,
            "SELECT ?s ?m { ?s <http://e/name> ?n OPTIONAL { ?s <http://e/missing> ?m } } ORDER BY DESC(?n) LIMIT 2 OFFSET 1");
        CollectionAssert.AreEqual(new Term?[] { Iri.Parse("http://e/n3"), Iri.Parse("http://e/n2") }, rows.Select(r => r[0]).ToArray());
        Assert.IsTrue(rows.All(r => r[1] is null));
    }

    [TestMethod]
    public void TimeoutCancelsLongQueries()
    {
        using MemoryQuadStore store = Store(300);
        var options = new SparqlEvaluatorOptions { Timeout = TimeSpan.FromMilliseconds(50) };
        Assert.ThrowsExactly<OperationCanceledException>(() =>
            Select(store, "SELECT * { ?a <http://e/p>* ?b . ?c <http://e/p>* ?d . ?e <http://e/p>* ?f }", options));
    }

    [TestMethod]
    public void ConstructAndAsk()
    {
        using MemoryQuadStore store = Store(3);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        var evaluator = new SparqlEvaluator();
        SparqlResults construct = evaluator.Evaluate(SparqlParser.ParseQuery("CONSTRUCT { ?o <http://e/back> ?s } WHERE { ?s <http://e/p> ?o }"), snapshot);
        Assert.HasCount(3, construct.Triples.ToList());
        Assert.IsTrue(evaluator.Evaluate(SparqlParser.ParseQuery("ASK { <http://e/n0> <http://e/p>/<http://e/p> <http://e/n2> }"), snapshot).Boolean);
        Assert.IsFalse(evaluator.Evaluate(SparqlParser.ParseQuery("ASK { <http://e/n0> <http://e/p> <http://e/zzz> }"), snapshot).Boolean);
    }

    [TestMethod]
    public void DescribeOfAVariableDescribesItsBindings()
    {
        using MemoryQuadStore store = Store(3);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        SparqlResults described = new SparqlEvaluator().Evaluate(
            SparqlParser.ParseQuery("DESCRIBE ?x WHERE { <http://e/n0> <http://e/p> ?x }"), snapshot);
        List<Triple> triples = [.. described.Triples];
        Assert.HasCount(2, triples, "n1's two triples");
        Assert.IsTrue(triples.All(t => t.Subject.Equals(Iri.Parse("http://e/n1"))));
    }
}
