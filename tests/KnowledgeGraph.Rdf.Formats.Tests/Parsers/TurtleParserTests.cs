using KnowledgeGraph.Rdf.Formats.TriG;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Tests.Parsers;

[TestClass]
public sealed class TurtleParserTests
{
    [TestMethod]
    public void ErrorsSayWhereAndWhat()
    {
        const string text = "@prefix ex: <http://example.org/> .\nex:s ex:p ex:o ;\n  ex:q \"unterminated .\n";
        RdfSyntaxException e = Assert.ThrowsExactly<RdfSyntaxException>(
            () => new TurtleParser(RdfParserOptions.Default with { SourceName = "a.ttl" }).ParseText(text).ToList());
        Assert.AreEqual(3, e.Line);
        Assert.AreEqual(8, e.Column);
        StringAssert.StartsWith(e.Message, "a.ttl:3:8: ");
        StringAssert.Contains(e.Message, "line break");
    }

    [TestMethod]
    public void UndefinedPrefixIsAnError()
    {
        RdfSyntaxException e = Assert.ThrowsExactly<RdfSyntaxException>(() => new TurtleParser().ParseText("ex:s ex:p ex:o .").ToList());
        StringAssert.Contains(e.Message, "undefined prefix 'ex:'");
    }

    [DataRow("p:x1 .", DisplayName = "first sighting")]
    [DataRow("p:x1 , p:x1 .", DisplayName = "first sighting of a name then repeated")]
    [TestMethod]
    public void APrefixedNameThatExpandsToNoIriIsAnErrorWhereItIsWritten(string objects)
    {
        // <http://example.org:> is an IRI (an empty port), but "x1" after it puts letters in the port (RFC 3986 §3.2.3).
        string text = "@prefix p: <http://example.org:> .\n<http://s> <http://q> " + objects;
        RdfSyntaxException e = Assert.ThrowsExactly<RdfSyntaxException>(() => new TurtleParser().ParseText(text).ToList());
        Assert.AreEqual(2, e.Line);
        Assert.AreEqual(23, e.Column);
        StringAssert.Contains(e.Message, "http://example.org:x1");
    }

    [TestMethod]
    public void LenientModeDropsTheWholeBadStatementAndGoesOn()
    {
        const string text = """
            @prefix ex: <http://example.org/> .
            ex:a ex:p ex:b .
            ex:c ex:p ex:d ; ex:q "bad\q" .
            ex:e ex:p ex:f .
            """;
        var errors = new List<RdfSyntaxException>();
        List<Quad> quads = [.. new TurtleParser(RdfParserOptions.Default with { Lenient = true, OnError = errors.Add }).ParseText(text)];
        Assert.HasCount(2, quads, "ex:c ex:p ex:d belongs to the bad statement and is dropped with it");
        Assert.HasCount(1, errors);
        Assert.AreEqual(3, errors[0].Line);
    }

    [TestMethod]
    public void ExposesDeclaredPrefixes()
    {
        var parser = new TurtleParser();
        _ = parser.ParseText("@prefix ex: <http://example.org/> .\nPREFIX schema: <https://schema.org/>\nex:s ex:p 1 .").ToList();
        Assert.IsTrue(parser.Prefixes.TryGetNamespace("schema", out Iri? ns));
        Assert.AreEqual("https://schema.org/", ns.Value);
    }

    [TestMethod]
    public void ResolvesRelativeIrisAgainstTheBase()
    {
        var options = RdfParserOptions.Default with { BaseIri = Iri.Parse("http://example.org/dir/doc.ttl") };
        Quad q = new TurtleParser(options).ParseText("<#s> <../p> <o> .").Single();
        Assert.AreEqual("http://example.org/dir/doc.ttl#s", ((Iri)q.Subject).Value);
        Assert.AreEqual("http://example.org/p", q.Predicate.Value);
        Assert.AreEqual("http://example.org/dir/o", ((Iri)q.Object).Value);
    }

    [TestMethod]
    public void RelativeIriWithoutBaseIsAnError()
    {
        RdfSyntaxException e = Assert.ThrowsExactly<RdfSyntaxException>(() => new TurtleParser().ParseText("<s> <p> <o> .").ToList());
        StringAssert.Contains(e.Message, "no base IRI");
    }

    [TestMethod]
    public void NumbersAndBooleansGetTheirDatatypes()
    {
        List<Quad> quads = [.. new TurtleParser().ParseText("<http://e/s> <http://e/p> 1, -2.5, 1e3, true .")];
        CollectionAssert.AreEquivalent(
            new[] { Vocabulary.Xsd.Integer, Vocabulary.Xsd.Decimal, Vocabulary.Xsd.Double, Vocabulary.Xsd.Boolean },
            quads.Select(q => ((Literal)q.Object).Datatype).ToArray());
    }

    [TestMethod]
    public void GuardsAgainstRunawayNesting()
    {
        string deep = "<http://e/s> <http://e/p> " + new string('(', 5000) + new string(')', 5000) + " .";
        RdfSyntaxException e = Assert.ThrowsExactly<RdfSyntaxException>(() => new TurtleParser().ParseText(deep).ToList());
        StringAssert.Contains(e.Message, "nesting deeper than");
    }

    [TestMethod]
    public void TriGStreamsStatementsInsideAGraphBlock()
    {
        const string text = "<http://e/g> { <http://e/a> <http://e/p> 1 . <http://e/b> <http://e/p> 2 }";
        using IEnumerator<Quad> e = new TriGParser().ParseText(text).GetEnumerator();
        Assert.IsTrue(e.MoveNext());
        Assert.AreEqual(Iri.Parse("http://e/g"), e.Current.Graph);
        Assert.IsTrue(e.MoveNext());
        Assert.IsFalse(e.MoveNext());
    }
}
