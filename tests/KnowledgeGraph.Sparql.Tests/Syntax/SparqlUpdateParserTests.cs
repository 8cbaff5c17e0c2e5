using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

[TestClass]
public sealed class SparqlUpdateParserTests
{
    private static readonly Iri Base = Iri.Parse("http://example.org/base/");

    [TestMethod]
    [DataRow("")]
    [DataRow("PREFIX : <http://e/>")]
    [DataRow("INSERT DATA { <a> <b> <c> } ;")]
    [DataRow("INSERT \n  DATA { } ; DELETE\tDATA { }")]
    [DataRow("INSERT DATA { <a> <b> <c> } ; PREFIX : <http://e/> DELETE DATA { :a :b :c }")]
    [DataRow("INSERT { _:x <p> 1 } WHERE { ?s ?p ?o } ; INSERT { _:x <p> 2 } WHERE { ?s ?p ?o }")]
    [DataRow("DELETE { GRAPH ?g { ?s ?p ?o } } INSERT { GRAPH <g2> { ?s ?p ?o } } USING <g1> USING NAMED <g3> WHERE { GRAPH ?g { ?s ?p ?o } }")]
    [DataRow("CLEAR SILENT ALL ; DROP NAMED ; CREATE GRAPH <g> ; ADD DEFAULT TO GRAPH <g> ; MOVE <g> TO DEFAULT ; COPY SILENT GRAPH <g> TO <h>")]
    [DataRow("LOAD SILENT <http://e/doc.ttl> INTO GRAPH <g>")]
    [DataRow("INSERT DATA { GRAPH <g> { <a> <b> <c> } . <a> <b> <d> GRAPH <h> { <a> <b> ( 1 2 ) } }")]
    public void LegalRequestsParse(string text)
    {
        SparqlUpdate update = SparqlParser.ParseUpdate(text, Base);
        StringAssert.StartsWith(update.ToSse(), "(update");
    }

    [TestMethod]
    [DataRow("INSERT DATA { <a> <b> ?x }", 1, 23, "may not use variables")]
    [DataRow("DELETE DATA { GRAPH ?g { <a> <b> <c> } }", 1, 21, "may not use variables")]
    [DataRow("DELETE DATA { _:a <b> <c> }", 1, 15, "may not use blank nodes")]
    [DataRow("DELETE DATA { <a> <b> [] }", 1, 23, "may not use blank nodes")]
    [DataRow("DELETE WHERE { ?s <b> [ <c> ?o ] }", 1, 23, "may not use blank nodes")]
    [DataRow("DELETE { ?s <b> ( 1 ) } WHERE { ?s ?p ?o }", 1, 17, "may not use blank nodes")]
    [DataRow("INSERT DATA { _:a <b> 1 } ;\nINSERT DATA { _:a <b> 2 }", 2, 15, "two INSERT DATA")]
    [DataRow("INSERT { <a> <b> ?s } WHERE { _:a <b> ?s } ;\nINSERT { <a> <b> ?s } WHERE { _:a <b> ?s }", 2, 31, "two basic graph patterns")]
    [DataRow("CREATE GRAPH <g>\nLOAD <x>", 2, 1, "';'")]
    [DataRow("CREATE GRAPH <g> ;;", 1, 19, "update operation")]
    [DataRow("INSERT WHERE { ?s ?p ?o }", 1, 8, "expected '{'")]
    [DataRow("INSERT DATA { GRAPH <g> { <a> <b> <c> GRAPH <h> { } } }", 1, 39, "'}'")]
    [DataRow("INSERT DATA { <a> <b> <c> <d> <e> <f> }", 1, 27, "'.', GRAPH or '}'")]
    [DataRow("CLEAR GRAPH", 1, 12, "an IRI")]
    [DataRow("CREATE DEFAULT", 1, 8, "GRAPH")]
    [DataRow("ADD <a> <b>", 1, 9, "TO")]
    [DataRow("DELETE { ?s ?p ?o } WHERE { BIND(1 AS ?s) ?s ?p ?o . BIND(2 AS ?s) }", 1, 64, "already in scope")]
    public void IllegalRequestsAreRejectedWithALocation(string text, int line, int column, string message)
    {
        SparqlSyntaxException e = Assert.ThrowsExactly<SparqlSyntaxException>(() => SparqlParser.ParseUpdate(text, Base));
        StringAssert.Contains(e.Message, message);
        Assert.AreEqual((line, column), (e.Line, e.Column), e.Message);
    }

    [TestMethod]
    public void ModifyPrintsWithUsingTemplatesAndWhereAlgebra()
    {
        SparqlUpdate update = SparqlParser.ParseUpdate(
            "PREFIX : <http://e/> WITH :g DELETE { ?s :p ?o } INSERT { GRAPH :h { ?s :q ?o } } WHERE { ?s :p ?o }");
        Assert.AreEqual(1, update.OperationCount);
        Assert.AreEqual(
            """
            (update
              (modify
                (with <http://e/g>)
                (delete
                  (triple ?s <http://e/p> ?o))
                (insert
                  (quad <http://e/h> ?s <http://e/q> ?o))
                (project (?s ?o)
                  (bgp
                    (triple ?s <http://e/p> ?o)))))
            """.ReplaceLineEndings("\n"),
            update.ToSse());
    }

    [TestMethod]
    public void GraphManagementOperationsPrintTheirTargets()
    {
        SparqlUpdate update = SparqlParser.ParseUpdate("BASE <http://e/> DROP SILENT GRAPH <g> ; CLEAR NAMED ; COPY DEFAULT TO <h> ; LOAD <d.ttl>");
        Assert.AreEqual(
            "(update\n  (drop silent <http://e/g>)\n  (clear named)\n  (copy default <http://e/h>)\n  (load <http://e/d.ttl>))",
            update.ToSse());
    }

    [TestMethod]
    public void DeleteWhereUsesItsQuadsAsPatternAndTemplate()
    {
        string sse = SparqlParser.ParseUpdate("DELETE WHERE { ?s <http://e/p> ?o . GRAPH ?g { ?o <http://e/q> ?z } }").ToSse();
        StringAssert.Contains(sse, "(delete\n      (triple ?s <http://e/p> ?o)\n      (quad ?g ?o <http://e/q> ?z))");
        StringAssert.Contains(sse, "(graph ?g");
    }
}
