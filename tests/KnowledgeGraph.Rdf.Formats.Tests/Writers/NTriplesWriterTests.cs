using System.Text;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.NTriples;
using KnowledgeGraph.Rdf.Formats.Writing;
using KnowledgeGraph.Rdf.Vocabularies;
using static KnowledgeGraph.Rdf.Formats.Tests.Writers.WriterHarness;

namespace KnowledgeGraph.Rdf.Formats.Tests.Writers;

[TestClass]
public sealed class NTriplesWriterTests
{
    private static string Line(Term o) => ToNTriples([new Quad(I("s"), I("p"), o)]);

    private static string Object(Term o)
    {
        string line = Line(o);
        const string Prefix = "<http://example.org/s> <http://example.org/p> ";
        Assert.StartsWith(Prefix, line);
        Assert.EndsWith(" .\n", line);
        return line[Prefix.Length..^3];
    }

    [TestMethod]
    public void WritesOneCanonicalLinePerTriple()
    {
        string text = ToNTriples([new Quad(I("s"), I("p"), I("o")), new Quad(new BlankNode("b1"), I("p"), new Literal("x"))]);
        Assert.AreEqual("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n_:b1 <http://example.org/p> \"x\" .\n", text);
    }

    [TestMethod]
    [DataRow("\t", "\\t")]
    [DataRow("\b", "\\b")]
    [DataRow("\n", "\\n")]
    [DataRow("\r", "\\r")]
    [DataRow("\f", "\\f")]
    [DataRow("\"", "\\\"")]
    [DataRow("\\", "\\\\")]
    [DataRow("'", "'")]
    public void EscapesWithEchar(string lexical, string written) =>
        Assert.AreEqual("\"a" + written + "b\"", Object(new Literal("a" + lexical + "b")));

    [TestMethod]
    [DataRow("\u0000", "\\u0000")]
    [DataRow("\u0001", "\\u0001")]
    [DataRow("\u000B", "\\u000B")]
    [DataRow("\u000E", "\\u000E")]
    [DataRow("\u001F", "\\u001F")]
    [DataRow("\u007F", "\\u007F")]
    [DataRow("\uFFFE", "\\uFFFE")]
    [DataRow("\uFFFF", "\\uFFFF")]
    public void EscapesOtherControlsWithUpperCaseUchar(string lexical, string written) =>
        Assert.AreEqual("\"" + written + "\"", Object(new Literal(lexical)));

    [TestMethod]
    public void WritesOtherCharactersAsThemselvesInUtf8()
    {
        const string Text = "Grüße, 日本, 😀, \u00A0, \u0080, ~";
        Assert.AreEqual("\"" + Text + "\"", Object(new Literal(Text)));
        Assert.AreEqual("\"\uD83D\uDE00\"", Object(new Literal("\uD83D\uDE00")));
    }

    [TestMethod]
    public void WritesUnpairedSurrogatesAsUchar()
    {
        Assert.AreEqual("\"a\\uD800b\"", Object(new Literal("a\uD800b")));
        Assert.AreEqual("\"\\uDC00\"", Object(new Literal("\uDC00")));
        Assert.AreEqual("\"x\\uD83D\"", Object(new Literal("x\uD83D")));
    }

    [TestMethod]
    public void EscapesLongTextAcrossBufferBoundaries()
    {
        string text = string.Concat(Enumerable.Repeat("ab\"ü\n😀", 40_000));
        string written = Object(new Literal(text));
        Assert.AreEqual("\"" + text.Replace("\"", "\\\"").Replace("\n", "\\n") + "\"", written);
    }

    [TestMethod]
    public void EscapesCharactersIriRefDoesNotAllow()
    {
        using var stream = new MemoryStream();
        using (var output = new Utf8Output(stream))
        {
            TermEscaping.WriteIri(output, "http://x/a b<c>d\"e{f}g|h^i`j\\k\u0001é");
            output.Flush();
        }

        Assert.AreEqual(
            "http://x/a\\u0020b\\u003Cc\\u003Ed\\u0022e\\u007Bf\\u007Dg\\u007Ch\\u005Ei\\u0060j\\u005Ck\\u0001é",
            Encoding.UTF8.GetString(stream.ToArray()));
    }

    [TestMethod]
    public void LeavesXsdStringImplicitAndWritesOtherDatatypes()
    {
        Assert.AreEqual("\"x\"", Object(new Literal("x", Vocabulary.Xsd.String)));
        Assert.AreEqual("\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", Object(Literal.Create(1)));
        Assert.AreEqual("\"<a/>\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral>", Object(new Literal("<a/>", Vocabulary.Rdf.XmlLiteral)));
    }

    [TestMethod]
    public void WritesLanguageTagsAsGivenAndBaseDirections()
    {
        Assert.AreEqual("\"colour\"@en-GB", Object(new Literal("colour", "en-GB")));
        Assert.AreEqual("\"x\"@de", Object(new Literal("x", "de")));
        Assert.AreEqual("\"שלום\"@he--rtl", Object(new Literal("שלום", "he", BaseDirection.Rtl)));
        Assert.AreEqual("\"hi\"@en--ltr", Object(new Literal("hi", "en", BaseDirection.Ltr)));
    }

    [TestMethod]
    public void WritesTripleTerms()
    {
        var inner = new TripleTerm(new Triple(new BlankNode("b"), I("q"), new Literal("x", "en")));
        var outer = new TripleTerm(new Triple(I("a"), I("r"), inner));
        Assert.AreEqual(
            "<<( <http://example.org/a> <http://example.org/r> <<( _:b <http://example.org/q> \"x\"@en )>> )>>",
            Object(outer));
    }

    [TestMethod]
    public void RejectsQuadsInNamedGraphs()
    {
        using var stream = new MemoryStream();
        using var writer = new NTriplesWriter(stream, RdfWriterOptions.Default);
        ArgumentException e = Assert.ThrowsExactly<ArgumentException>(() => writer.Write(new Quad(I("s"), I("p"), I("o"), I("g"))));
        StringAssert.Contains(e.Message, "named graph <http://example.org/g>");
        StringAssert.Contains(e.Message, "N-Quads");
    }

    [TestMethod]
    public void RefusesWritesAfterFinish()
    {
        using var stream = new MemoryStream();
        using var writer = new NTriplesWriter(stream, RdfWriterOptions.Default);
        writer.Write(new Triple(I("s"), I("p"), I("o")));
        writer.Finish();
        Assert.ThrowsExactly<InvalidOperationException>(() => writer.Write(new Triple(I("s"), I("p"), I("o"))));
        Assert.ThrowsExactly<InvalidOperationException>(writer.Finish);
    }

    [TestMethod]
    public void DisposingDoesNotFinish()
    {
        using var stream = new MemoryStream();
        using (var writer = new NTriplesWriter(stream, RdfWriterOptions.Default))
        {
            writer.Write(new Triple(I("s"), I("p"), I("o")));
        }

        Assert.AreEqual(0, stream.Length, "a writer that was not finished writes nothing out");
    }

    [TestMethod]
    [DataRow("b0")]
    [DataRow("genid-12.x")]
    [DataRow("_x")]
    [DataRow("9")]
    [DataRow("café")]
    public void KeepsValidBlankNodeLabels(string label) =>
        Assert.AreEqual("_:" + label + " <http://example.org/p> <http://example.org/o> .\n", ToNTriples([new Quad(new BlankNode(label), I("p"), I("o"))]));

    [TestMethod]
    public void EncodesInvalidBlankNodeLabelsOneToOne()
    {
        var nodes = new[] { new BlankNode("a b"), new BlankNode("a."), new BlankNode("-x"), new BlankNode("esc-0061"), new BlankNode("a") };
        string text = ToNTriples(nodes.Select(n => new Quad(n, I("p"), I("o"))));
        List<Quad> back = ParseNQuads(text);
        Assert.HasCount(nodes.Length, back.Select(q => q.Subject).Distinct().ToList(), text);
        StringAssert.Contains(text, "_:esc-00610020");
        StringAssert.Contains(text, "_:a <");
    }

    [TestMethod]
    public void ManyTriplesRoundTrip()
    {
        var quads = Enumerable.Range(0, 30_000)
            .Select(i => new Quad(I("s" + (i % 97)), I("p" + (i % 7)), i % 10 != 0 ? new Literal("v\"" + i, "en") : new BlankNode("n" + i)))
            .ToList();
        string text = ToNTriples(quads);
        Assert.IsTrue(Isomorphism.AreIsomorphic(quads, ParseNQuads(text)));
    }
}
