using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

[TestClass]
public sealed class SparqlParserTests
{
    private static readonly Iri Base = Iri.Parse("http://example.org/base/");

    [TestMethod]
    public void SelectWithFilterTranslatesToProjectFilterBgp()
    {
        SparqlQuery q = SparqlParser.ParseQuery("PREFIX : <http://e/> SELECT ?s WHERE { ?s :p ?o FILTER(?o > 1) }");
        Assert.AreEqual(QueryForm.Select, q.Form);
        CollectionAssert.AreEqual(new[] { "s" }, q.ResultVariables.ToArray());
        Assert.AreEqual(
            "(project (?s)\n  (filter (> ?o \"1\"^^<http://www.w3.org/2001/XMLSchema#integer>)\n    (bgp\n      (triple ?s <http://e/p> ?o))))",
            q.Algebra.ToSse());
    }

    [TestMethod]
    public void OptionalFilterBecomesLeftJoinCondition()
    {
        string sse = SparqlParser.ParseQuery("SELECT * { ?s <http://e/p> ?o OPTIONAL { ?o <http://e/q> ?z FILTER(?z = ?s) } }").Algebra.ToSse();
        StringAssert.Contains(sse, "(leftjoin");
        StringAssert.Contains(sse, "(= ?z ?s))");
        Assert.IsFalse(sse.Contains("(filter", StringComparison.Ordinal));
    }

    [TestMethod]
    public void SequencePathIsExpandedAndStarPathKept()
    {
        string sse = SparqlParser.ParseQuery("PREFIX : <http://e/> SELECT * { ?a :p/:q ?b . ?b :r* ?c . ?c ^:s ?d }").Algebra.ToSse();
        StringAssert.Contains(sse, "(triple ?a <http://e/p> ?.p0)");
        StringAssert.Contains(sse, "(path ?b (path* <http://e/r>) ?c)");
        StringAssert.Contains(sse, "(triple ?d <http://e/s> ?c)");
    }

    [TestMethod]
    public void AggregatesAreGroupedAndProjected()
    {
        SparqlQuery q = SparqlParser.ParseQuery("SELECT ?s (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o } GROUP BY ?s HAVING (COUNT(?o) > 2)");
        string sse = q.Algebra.ToSse();
        StringAssert.Contains(sse, "(group (?s) ((?.agg0 (count distinct ?o)) (?.agg1 (count ?o)))");
        StringAssert.Contains(sse, "(extend ((?n ?.agg0))");
    }

    [TestMethod]
    public void RelativeIrisResolveAgainstBase()
    {
        string sse = SparqlParser.ParseQuery("SELECT * { <a> <b> \"x\"@en }", Base).Algebra.ToSse();
        StringAssert.Contains(sse, "<http://example.org/base/a> <http://example.org/base/b> \"x\"@en");
    }

    [TestMethod]
    [DataRow("SELECT * { ?s ?p ?o . BIND(1 AS ?o) }", "already in scope")]
    [DataRow("SELECT (1 AS ?x) (2 AS ?x) {}", "already in scope")]
    [DataRow("SELECT ?o (COUNT(*) AS ?c) { ?s ?p ?o } GROUP BY ?s", "neither grouped nor aggregated")]
    [DataRow("SELECT * { ?s ?p ?o } GROUP BY ?s", "SELECT *")]
    [DataRow("SELECT * { ?s ?p ?o FILTER(COUNT(?o) > 1) }", "aggregate")]
    [DataRow("SELECT * { _:a ?p ?o . { _:a ?q ?r } }", "two basic graph patterns")]
    [DataRow("SELECT * { ?s ?p }", "expected")]
    [DataRow("SELECT * { ?s x:p ?o }", "undeclared prefix")]
    public void IllegalQueriesAreRejected(string text, string message)
    {
        SparqlSyntaxException e = Assert.ThrowsExactly<SparqlSyntaxException>(() => SparqlParser.ParseQuery(text));
        StringAssert.Contains(e.Message, message);
    }

    [TestMethod]
    public void ErrorsCarryLineAndColumn()
    {
        SparqlSyntaxException e = Assert.ThrowsExactly<SparqlSyntaxException>(() => SparqlParser.ParseQuery("SELECT *\nWHERE { ?s ?p ?o ) }"));
        Assert.AreEqual(2, e.Line);
        Assert.AreEqual(18, e.Column);
    }

    [TestMethod]
    public void ValuesConstructAskAndDescribeParse()
    {
        Assert.AreEqual(QueryForm.Construct, SparqlParser.ParseQuery("CONSTRUCT { ?s <http://e/p> [] } WHERE { ?s ?p ?o }").Form);
        Assert.AreEqual(QueryForm.Construct, SparqlParser.ParseQuery("CONSTRUCT WHERE { ?s ?p ?o }").Form);
        Assert.AreEqual(QueryForm.Ask, SparqlParser.ParseQuery("ASK { VALUES (?x ?y) { (1 UNDEF) (UNDEF \"a\") } }").Form);
        Assert.AreEqual(QueryForm.Describe, SparqlParser.ParseQuery("DESCRIBE <http://e/x> ?y").Form);
    }
}
