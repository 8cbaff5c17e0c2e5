using KnowledgeGraph.Rdf.Formats.TriG;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Tests.Parsers;

/// <summary>The RDF 1.2 additions to Turtle and TriG beyond what the W3C suites check: errors, limits, streaming.</summary>
[TestClass]
public sealed class TurtleRdf12Tests
{
    private const string Prefix = "PREFIX : <http://e/>\n";

    private static Iri E(string local) => Iri.Parse("http://e/" + local);

    private static List<Quad> Parse(string text, RdfParserOptions? options = null) =>
        [.. new TurtleParser(options ?? RdfParserOptions.Default).ParseText(Prefix + text)];

    [TestMethod]
    public void AnnotationAssertsTheTripleAndDescribesItsReifier()
    {
        List<Quad> quads = Parse(":s :p :o ~ :r {| :source :x |} .");
        var reified = new TripleTerm(new Triple(E("s"), E("p"), E("o")));
        CollectionAssert.AreEquivalent(
            new[]
            {
                new Quad(E("s"), E("p"), E("o")),
                new Quad(E("r"), Vocabulary.Rdf.Reifies, reified),
                new Quad(E("r"), E("source"), E("x")),
            },
            quads);
    }

    [TestMethod]
    public void ReifiedTripleStandsForItsReifierAndAssertsNothing()
    {
        List<Quad> quads = Parse(":a :claims << :s :p :o >> .");
        Assert.HasCount(2, quads);
        Quad claim = quads.Single(q => q.Predicate.Equals(E("claims")));
        Quad reifies = quads.Single(q => q.Predicate.Equals(Vocabulary.Rdf.Reifies));
        Assert.IsInstanceOfType<BlankNode>(claim.Object);
        Assert.AreEqual(claim.Object, reifies.Subject);
        Assert.AreEqual(new TripleTerm(new Triple(E("s"), E("p"), E("o"))), reifies.Object);
    }

    [TestMethod]
    public void TripleTermsNestAsObjects()
    {
        Quad q = Parse(":a :b <<( :s :p <<( _:x :q \"v\"@en--rtl )>> )>> .").Single();
        var outer = (TripleTerm)q.Object;
        var inner = (TripleTerm)outer.Triple.Object;
        Assert.IsInstanceOfType<BlankNode>(inner.Triple.Subject);
        Assert.AreEqual(BaseDirection.Rtl, ((Literal)inner.Triple.Object).Direction);
    }

    [TestMethod]
    [DataRow("\"Hello\"@en--ltr", "en", BaseDirection.Ltr)]
    [DataRow("\"مرحبا\"@ar-EG--rtl", "ar-EG", BaseDirection.Rtl)]
    public void DirectionalStringsCarryTheirBaseDirection(string literal, string language, BaseDirection direction)
    {
        var l = (Literal)Parse($":s :p {literal} .").Single().Object;
        Assert.AreEqual(language, l.Language);
        Assert.AreEqual(direction, l.Direction);
        Assert.AreEqual(Vocabulary.Rdf.DirLangString, l.Datatype);
    }

    [TestMethod]
    [DataRow(":s :p \"x\"@en--ltrx .", "'ltr' or 'rtl'")]
    [DataRow("<<( :s :p :o )>> :q :z .", "triple term")]
    [DataRow(":s :p << :a :b :c .", "'>>'")]
    [DataRow(":s :p <<( :a :b :c ) >> .", "')>>'")]
    [DataRow(":s :p :o {| :q :r .", "'|}'")]
    [DataRow(":s :p <<( :a :b << :c :d :e >> )>> .", "reified triple")]
    [DataRow(":s << :a :b :c >> :o .", "predicate must be an IRI")]
    [DataRow("VERSION 1.2", "quoted string")]
    public void RejectsMalformedRdf12Syntax(string text, string expected)
    {
        RdfSyntaxException e = Assert.ThrowsExactly<RdfSyntaxException>(() => Parse(text));
        StringAssert.Contains(e.Message, expected);
        Assert.AreEqual(2, e.Line, "the error is on the statement's line (the prefix is on line 1)");
    }

    [TestMethod]
    public void VersionDirectivesAreAcceptedAnywhereBetweenStatements()
    {
        List<Quad> quads = Parse("VERSION \"1.2\"\n:a :b 1 .\n@version '1.2-basic' .\nversion \"1.2\"\n:a :b 2 .");
        Assert.HasCount(2, quads);
    }

    [TestMethod]
    [DataRow("", "<< ", ":s", " :p :o >>", " :q :z .")]
    [DataRow(":s :p ", "<<( :s :p ", ":x", " )>>", " .")]
    public void GuardsAgainstRunawayNesting(string start, string open, string core, string close, string end)
    {
        string deep = start + string.Concat(Enumerable.Repeat(open, 5000)) + core + string.Concat(Enumerable.Repeat(close, 5000)) + end;
        RdfSyntaxException e = Assert.ThrowsExactly<RdfSyntaxException>(() => Parse(deep));
        StringAssert.Contains(e.Message, "nesting deeper than");
    }

    [TestMethod]
    public void LenientModeDropsABadAnnotatedStatementWhole()
    {
        var errors = new List<RdfSyntaxException>();
        List<Quad> quads = Parse(
            ":a :p :b .\n:c :p :d {| :q \"bad\\q\" |} .\n:e :p :f ~ :r .",
            RdfParserOptions.Default with { Lenient = true, OnError = errors.Add });
        Assert.HasCount(1, errors);
        Assert.AreEqual(3, errors[0].Line);
        Assert.HasCount(3, quads, ":a :p :b, :e :p :f and :r rdf:reifies <<( :e :p :f )>>; nothing of :c");
    }

    [TestMethod]
    public void TriGPutsReifyingTriplesInTheGraphOfTheirStatement()
    {
        const string text = Prefix + ":g { :s :p :o {| :q :r |} . << :a :b :c >> :d :e }";
        List<Quad> quads = [.. new TriGParser().ParseText(text)];
        Assert.HasCount(5, quads);
        Assert.IsTrue(quads.All(q => E("g").Equals(q.Graph)));
    }

    [TestMethod]
    public void ReifiedTripleCannotNameAGraph()
    {
        RdfSyntaxException e = Assert.ThrowsExactly<RdfSyntaxException>(
            () => new TriGParser().ParseText(Prefix + "<< :a :b :c >> { :s :p :o }").ToList());
        StringAssert.Contains(e.Message, "graph name");
    }
}
