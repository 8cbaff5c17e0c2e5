using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Formats.Writing;
using KnowledgeGraph.Rdf.Vocabularies;
using static KnowledgeGraph.Rdf.Formats.Tests.Writers.WriterHarness;

namespace KnowledgeGraph.Rdf.Formats.Tests.Writers;

[TestClass]
public sealed class TurtleWriterTests
{
    private static readonly RdfWriterOptions WithEx = RdfWriterOptions.Default with { Prefixes = PrefixMap.Empty.Add("ex", Ex) };

    private static Triple T(Term s, string p, Term o) => new(s, I(p), o);

    private static Iri First => Vocabulary.Rdf.First;

    private static Iri Rest => Vocabulary.Rdf.Rest;

    private static Iri Nil => Vocabulary.Rdf.Nil;

    /// <summary>Builds rdf:first/rdf:rest nodes for the items; returns the head (rdf:nil for none).</summary>
    private static Term List(List<Triple> into, string name, params Term[] items)
    {
        Term next = Nil;
        for (int i = items.Length - 1; i >= 0; i--)
        {
            var node = new BlankNode(name + i);
            into.Add(new Triple(node, First, items[i]));
            into.Add(new Triple(node, Rest, next));
            next = node;
        }

        return next;
    }

    [TestMethod]
    public void GroupsBySubjectAndPredicate()
    {
        string text = AssertTurtleRoundTrip(
        [
            T(I("s"), "p", I("o2")),
            new Triple(I("s"), Vocabulary.Rdf.Type, I("C")),
            T(I("s"), "p", I("o1")),
            T(I("s"), "q", new Literal("x")),
            T(I("t"), "p", I("o1")),
        ], WithEx);
        Assert.AreEqual(
            "@prefix ex: <http://example.org/> .\n\n" +
            "ex:s a ex:C ;\n    ex:p ex:o1, ex:o2 ;\n    ex:q \"x\" .\n\n" +
            "ex:t ex:p ex:o1 .\n",
            text);
    }

    [TestMethod]
    public void DeclaresGivenPrefixesAndOnlyTheWellKnownOnesItUses()
    {
        string text = AssertTurtleRoundTrip(
        [
            new Triple(I("s"), Vocabulary.Rdf.Type, Vocabulary.Foaf.Person),
            new Triple(I("s"), Vocabulary.Rdfs.Label, new Literal("x", "en")),
        ], RdfWriterOptions.Default with { Prefixes = PrefixMap.Empty.Add("unused", Iri.Parse("http://unused.example/")) });
        StringAssert.Contains(text, "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n");
        StringAssert.Contains(text, "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n");
        StringAssert.Contains(text, "@prefix unused: <http://unused.example/> .\n");
        Assert.DoesNotContain("@prefix rdf:", text, "rdf:type is written as 'a'");
        Assert.DoesNotContain("@prefix xsd:", text);
        Assert.DoesNotContain("@prefix schema:", text);
    }

    [TestMethod]
    public void UsesXsdPrefixOnlyForDatatypesWrittenInFull()
    {
        string bare = AssertTurtleRoundTrip([T(I("s"), "p", Literal.Create(5)), T(I("s"), "p", Literal.Create(true))]);
        Assert.DoesNotContain("xsd", bare);
        string full = AssertTurtleRoundTrip([T(I("s"), "p", Literal.Create(new DateOnly(2024, 2, 29)))]);
        StringAssert.Contains(full, "\"2024-02-29\"^^xsd:date");
        StringAssert.Contains(full, "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .");
    }

    [TestMethod]
    public void GivenPrefixWinsOverWellKnownOneForTheSameNamespace()
    {
        string text = AssertTurtleRoundTrip(
            [T(I("s"), "p", Vocabulary.Schema.Namespace.Resolve("Person"))],
            RdfWriterOptions.Default with { Prefixes = PrefixMap.Empty.Add("s", Vocabulary.Schema.Namespace) });
        StringAssert.Contains(text, "s:Person");
        Assert.DoesNotContain("schema:", text);
    }

    [TestMethod]
    public void RejectsInvalidPrefixNames()
    {
        using var stream = new MemoryStream();
        var options = RdfWriterOptions.Default with { Prefixes = PrefixMap.Empty.Add("1x", Ex) };
        Assert.ThrowsExactly<ArgumentException>(() => new TurtleWriter(stream, options));
    }

    [TestMethod]
    [DataRow("http://www.w3.org/2001/XMLSchema#integer", "42", "42")]
    [DataRow("http://www.w3.org/2001/XMLSchema#integer", "-0", "-0")]
    [DataRow("http://www.w3.org/2001/XMLSchema#integer", "+007", "+007")]
    [DataRow("http://www.w3.org/2001/XMLSchema#integer", " 1", "\" 1\"^^xsd:integer")]
    [DataRow("http://www.w3.org/2001/XMLSchema#integer", "1.0", "\"1.0\"^^xsd:integer")]
    [DataRow("http://www.w3.org/2001/XMLSchema#integer", "", "\"\"^^xsd:integer")]
    [DataRow("http://www.w3.org/2001/XMLSchema#decimal", "1.5", "1.5")]
    [DataRow("http://www.w3.org/2001/XMLSchema#decimal", "-.5", "-.5")]
    [DataRow("http://www.w3.org/2001/XMLSchema#decimal", "1.", "\"1.\"^^xsd:decimal")]
    [DataRow("http://www.w3.org/2001/XMLSchema#decimal", "1", "\"1\"^^xsd:decimal")]
    [DataRow("http://www.w3.org/2001/XMLSchema#double", "1e10", "1e10")]
    [DataRow("http://www.w3.org/2001/XMLSchema#double", "-1.5E-3", "-1.5E-3")]
    [DataRow("http://www.w3.org/2001/XMLSchema#double", "1.E0", "1.E0")]
    [DataRow("http://www.w3.org/2001/XMLSchema#double", ".5e+1", ".5e+1")]
    [DataRow("http://www.w3.org/2001/XMLSchema#double", "1.5", "\"1.5\"^^xsd:double")]
    [DataRow("http://www.w3.org/2001/XMLSchema#double", "INF", "\"INF\"^^xsd:double")]
    [DataRow("http://www.w3.org/2001/XMLSchema#double", "NaN", "\"NaN\"^^xsd:double")]
    [DataRow("http://www.w3.org/2001/XMLSchema#double", "e5", "\"e5\"^^xsd:double")]
    [DataRow("http://www.w3.org/2001/XMLSchema#boolean", "true", "true")]
    [DataRow("http://www.w3.org/2001/XMLSchema#boolean", "false", "false")]
    [DataRow("http://www.w3.org/2001/XMLSchema#boolean", "1", "\"1\"^^xsd:boolean")]
    [DataRow("http://www.w3.org/2001/XMLSchema#boolean", "TRUE", "\"TRUE\"^^xsd:boolean")]
    public void WritesNumbersAndBooleansBareOnlyWhenTheShortGrammarAllows(string datatype, string lexical, string written)
    {
        string text = AssertTurtleRoundTrip([T(I("s"), "p", new Literal(lexical, Iri.Parse(datatype)))], WithEx);
        StringAssert.Contains(text, "ex:s ex:p " + written + " .\n");
    }

    [TestMethod]
    [DataRow("line\nbreak", "\"\"\"line\nbreak\"\"\"")]
    [DataRow("ends with a quote\n\"", "\"\"\"ends with a quote\n\\\"\"\"\"")]
    [DataRow("\"starts\nwith one", "\"\"\"\\\"starts\nwith one\"\"\"")]
    [DataRow("three \"\"\" quotes\n", "\"\"\"three \\\"\\\"\" quotes\n\"\"\"")]
    [DataRow("two \"\" quotes\n and \\ and \r", "\"\"\"two \\\"\" quotes\n and \\\\ and \\r\"\"\"")]
    [DataRow("no line break \"q\"", "\"no line break \\\"q\\\"\"")]
    public void UsesLongStringsForMultiLineText(string lexical, string written)
    {
        string text = AssertTurtleRoundTrip([T(I("s"), "p", new Literal(lexical))], WithEx);
        StringAssert.Contains(text, "ex:s ex:p " + written + " .\n");
    }

    [TestMethod]
    public void WritesLanguageTagsAndLongStringsWithTags()
    {
        string text = AssertTurtleRoundTrip([T(I("s"), "p", new Literal("a\nb", "de-CH")), T(I("s"), "q", new Literal("x", "EN"))], WithEx);
        StringAssert.Contains(text, "\"\"\"a\nb\"\"\"@de-CH");
        StringAssert.Contains(text, "\"x\"@EN");
    }

    [TestMethod]
    [DataRow("abc", "ex:abc")]
    [DataRow("", "ex:")]
    [DataRow("1st", "ex:1st")]
    [DataRow("_x", "ex:_x")]
    [DataRow("a.b", "ex:a.b")]
    [DataRow("a.", "ex:a\\.")]
    [DataRow(".a", "ex:\\.a")]
    [DataRow("-a", "ex:\\-a")]
    [DataRow("a-b", "ex:a-b")]
    [DataRow("a:b:", "ex:a:b:")]
    [DataRow("a~b", "ex:a\\~b")]
    [DataRow("a/b", "ex:a\\/b")]
    [DataRow("a#b", "ex:a\\#b")]
    [DataRow("a?b=c&d", "ex:a\\?b\\=c\\&d")]
    [DataRow("(x)", "ex:\\(x\\)")]
    [DataRow("a%20b", "ex:a%20b")]
    [DataRow("'!$*+,;@", "ex:\\'\\!\\$\\*\\+\\,\\;\\@")]
    [DataRow("Grüße", "ex:Grüße")]
    [DataRow("a\u00B7b", "ex:a\u00B7b")]
    [DataRow("\u00B7b", "<http://example.org/\u00B7b>")]
    [DataRow("a\u00A0b", "<http://example.org/a\u00A0b>")]
    public void WritesPrefixedNamesOnlyForValidLocalNames(string local, string written)
    {
        string text = AssertTurtleRoundTrip([T(I("s"), "p", I(local))], WithEx);
        StringAssert.Contains(text, "ex:s ex:p " + written + " .\n");
    }

    [TestMethod]
    [DataRow("a%zz", "a\\%zz")]
    [DataRow("a%2", "a\\%2")]
    [DataRow("%41", "%41")]
    [DataRow("a b", null)]
    public void EscapesLocalNamesThatAreNotValidIriParts(string local, string? written) =>
        Assert.AreEqual(written, TurtleTerms.EscapeLocalName(local));

    [TestMethod]
    public void RefusesLocalNamesWithUnpairedSurrogates()
    {
        Assert.IsNull(TurtleTerms.EscapeLocalName("a\uD800"));
        Assert.IsNull(TurtleTerms.EscapeLocalName("\uDC00a"));
        Assert.AreEqual("a\U0001F600", TurtleTerms.EscapeLocalName("a\U0001F600"), "a surrogate pair is one PN_CHARS_BASE code point");
    }

    [TestMethod]
    public void PrefersTheLongestNamespaceWithAValidLocalName()
    {
        var options = RdfWriterOptions.Default with
        {
            Prefixes = PrefixMap.Empty.Add("ex", Ex).Add("deep", Iri.Parse("http://example.org/a/")),
        };
        string text = AssertTurtleRoundTrip([T(I("s"), "p", I("a/b")), T(I("s"), "q", I("a/"))], options);
        StringAssert.Contains(text, "deep:b");
        StringAssert.Contains(text, "ex:q deep: .");
    }

    [TestMethod]
    public void NestsBlankNodesUsedOnceAsObject()
    {
        var a = new BlankNode("a");
        var b = new BlankNode("b");
        string text = AssertTurtleRoundTrip(
        [
            T(I("s"), "p", a),
            T(a, "q", Literal.Create(1)),
            T(a, "r", b),
            T(b, "q", Literal.Create(2)),
            T(I("s"), "empty", new BlankNode("leaf")),
        ], WithEx);
        Assert.AreEqual(
            "@prefix ex: <http://example.org/> .\n\n" +
            "ex:s ex:empty [] ;\n    ex:p [\n        ex:q 1 ;\n        ex:r [ ex:q 2 ]\n    ] .\n",
            text);
    }

    [TestMethod]
    public void LabelsBlankNodesUsedTwice()
    {
        var shared = new BlankNode("shared");
        string text = AssertTurtleRoundTrip([T(I("s"), "p", shared), T(I("t"), "p", shared), T(shared, "q", Literal.Create(1))], WithEx);
        StringAssert.Contains(text, "ex:s ex:p _:b0 .");
        StringAssert.Contains(text, "ex:t ex:p _:b0 .");
        StringAssert.Contains(text, "_:b0 ex:q 1 .");
    }

    [TestMethod]
    public void BreaksCyclesOfBlankNodesUsedOnce()
    {
        var a = new BlankNode("a");
        var b = new BlankNode("b");
        var c = new BlankNode("c");
        string text = AssertTurtleRoundTrip([T(a, "p", b), T(b, "p", c), T(c, "p", a), T(c, "q", new BlankNode("d"))], WithEx);
        Assert.AreEqual(2, CountOf(text, "_:b0"), $"one node of the cycle keeps a label (written twice):\n{text}");
        Assert.DoesNotContain("_:b1", text);
    }

    [TestMethod]
    public void LabelsBlankNodesThatPointToThemselves()
    {
        var a = new BlankNode("a");
        string text = AssertTurtleRoundTrip([T(a, "p", a)], WithEx);
        Assert.AreEqual("@prefix ex: <http://example.org/> .\n\n_:b0 ex:p _:b0 .\n", text);
    }

    [TestMethod]
    public void WritesUnreferencedBlankSubjectsAsAnonymous()
    {
        var a = new BlankNode("a");
        string text = AssertTurtleRoundTrip([T(a, "p", Literal.Create(1)), T(a, "q", Literal.Create(2))], WithEx);
        Assert.AreEqual("@prefix ex: <http://example.org/> .\n\n[] ex:p 1 ;\n    ex:q 2 .\n", text);
    }

    [TestMethod]
    public void WritesListsAsCollections()
    {
        var triples = new List<Triple>();
        Term inner = List(triples, "i", Literal.Create(1), Literal.Create(2));
        var nested = new BlankNode("n");
        triples.Add(T(nested, "q", new Literal("x")));
        Term outer = List(triples, "o", inner, I("a"), nested, Nil);
        triples.Add(T(I("s"), "p", outer));
        triples.Add(T(I("s"), "empty", Nil));
        string text = AssertTurtleRoundTrip(triples, WithEx);
        StringAssert.Contains(text, "ex:s ex:empty () ;\n    ex:p ( ( 1 2 ) ex:a [ ex:q \"x\" ] () ) .\n");
        Assert.DoesNotContain("rdf:", text);
    }

    [TestMethod]
    public void WritesListsAsSubjects()
    {
        var triples = new List<Triple>();
        Term head = List(triples, "l", Literal.Create(1), Literal.Create(2));
        triples.Add(T(head, "p", I("o")));
        string text = AssertTurtleRoundTrip(triples, WithEx);
        Assert.AreEqual("@prefix ex: <http://example.org/> .\n\n( 1 2 ) ex:p ex:o .\n", text);
    }

    [TestMethod]
    public void WritesAnUnreferencedListWithoutOtherPropertiesAsAPropertyList()
    {
        var triples = new List<Triple>();
        _ = List(triples, "l", Literal.Create(1), Literal.Create(2));
        string text = AssertTurtleRoundTrip(triples, WithEx);
        StringAssert.Contains(text, "[] rdf:first 1 ;\n    rdf:rest ( 2 ) .");
    }

    [TestMethod]
    public void KeepsMalformedListsAsTriples()
    {
        // Not ending in rdf:nil; a node with an extra property; a node with two rdf:first; a shared tail.
        var triples = new List<Triple>();
        var a0 = new BlankNode("a0");
        var a1 = new BlankNode("a1");
        triples.AddRange([new(a0, First, Literal.Create(1)), new(a0, Rest, a1), new(a1, First, Literal.Create(2)), new(a1, Rest, I("notNil"))]);
        triples.Add(T(I("s"), "open", a0));
        var b0 = new BlankNode("b0");
        triples.AddRange([new(b0, First, Literal.Create(1)), new(b0, Rest, Nil), T(b0, "extra", Literal.Create(0))]);
        triples.Add(T(I("s"), "extra", b0));
        var c0 = new BlankNode("c0");
        triples.AddRange([new(c0, First, Literal.Create(1)), new(c0, First, Literal.Create(2)), new(c0, Rest, Nil)]);
        triples.Add(T(I("s"), "twoFirsts", c0));
        Term shared = List(triples, "t", Literal.Create(9));
        var d0 = new BlankNode("d0");
        var e0 = new BlankNode("e0");
        triples.AddRange([new(d0, First, Literal.Create(1)), new(d0, Rest, shared), new(e0, First, Literal.Create(2)), new(e0, Rest, shared)]);
        triples.Add(T(I("s"), "d", d0));
        triples.Add(T(I("s"), "e", e0));
        string text = AssertTurtleRoundTrip(triples, WithEx);
        Assert.DoesNotContain("( 1", text, text);
        StringAssert.Contains(text, "rdf:rest ex:notNil");
    }

    [TestMethod]
    public void KeepsListTailsThatAreWellFormedWhenTheHeadIsNot()
    {
        var triples = new List<Triple>();
        Term tail = List(triples, "l", Literal.Create(2), Literal.Create(3));
        var head = new BlankNode("h");
        triples.AddRange([new(head, First, Literal.Create(1)), new(head, Rest, tail), T(head, "label", new Literal("odd head"))]);
        triples.Add(T(I("s"), "p", head));
        string text = AssertTurtleRoundTrip(triples, WithEx);
        StringAssert.Contains(text, "rdf:rest ( 2 3 )");
    }

    [TestMethod]
    public void WritesLongListsAndDeepNestingWithoutRecursingWithoutBound()
    {
        var triples = new List<Triple>();
        Term head = List(triples, "l", [.. Enumerable.Range(0, 3_000).Select(i => (Term)Literal.Create(i))]);
        triples.Add(T(I("s"), "list", head));
        Term node = I("deep");
        for (int i = 0; i < 500; i++)
        {
            var next = new BlankNode("d" + i);
            triples.Add(T(node, "child", next));
            node = next;
        }

        string text = AssertTurtleRoundTrip(triples, WithEx);
        StringAssert.Contains(text, "ex:s ex:list ( 0 1 2 3 ");
        StringAssert.Contains(text, "2999 ) .");
    }

    [TestMethod]
    public void LeavesNestingToBlankNodesThatLiveInOneGraphOnly()
    {
        var b = new BlankNode("b");
        string text = AssertTriGRoundTrip([new Quad(I("s"), I("p"), b), new Quad(b, I("q"), I("o"), I("g"))], WithEx);
        StringAssert.Contains(text, "ex:s ex:p _:b0 .");
    }

    [TestMethod]
    public void SameGraphGivesSameBytesWhateverTheInputOrderAndLabels()
    {
        var triples = new List<Triple>();
        Term list = List(triples, "l", Literal.Create(1), new BlankNode("m"));
        triples.Add(T(new BlankNode("m"), "q", new Literal("in list")));
        triples.Add(T(I("s"), "list", list));
        var shared1 = new BlankNode("x");
        var shared2 = new BlankNode("y");
        triples.AddRange([T(I("s"), "p", shared1), T(I("t"), "p", shared1), T(I("s"), "p", shared2), T(I("t"), "p", shared2)]);
        triples.AddRange([T(shared1, "v", Literal.Create(1)), T(shared2, "v", Literal.Create(2)), T(shared1, "w", shared2)]);
        triples.AddRange([T(new BlankNode("anon"), "p", Literal.Create(3)), T(new BlankNode("anon2"), "p", Literal.Create(4))]);
        var cycleA = new BlankNode("ca");
        var cycleB = new BlankNode("cb");
        triples.AddRange([T(cycleA, "next", cycleB), T(cycleB, "next", cycleA), T(cycleA, "name", new Literal("A"))]);
        triples.Add(new Triple(I("s"), Vocabulary.Rdf.Type, I("C")));
        var quads = triples.Select(t => new Quad(t)).ToList();

        string expected = AssertTurtleRoundTrip(quads, WithEx);
        for (int seed = 1; seed <= 5; seed++)
        {
            Assert.AreEqual(expected, ToTurtle(Shuffled(quads, seed), WithEx), $"shuffle {seed}");
            Assert.AreEqual(expected, ToTurtle(Relabelled(Shuffled(quads, seed), "fresh" + seed + "_"), WithEx), $"relabel {seed}");
        }
    }

    [TestMethod]
    public void WritesObjectsInTermOrderAlsoAmongLiteralsWithTheSameText()
    {
        Literal[] literals =
        [
            new Literal("b"), new Literal("a", "en"), new Literal("a"), new Literal("a", I("dt")),
            new Literal("a", "de"), new Literal("ab"), new Literal("1", I("dt")), Literal.Create(1),
        ];
        List<Literal> expected = [.. literals.Order()];
        string text = ToTurtle(Shuffled(literals.Select(l => T(I("s"), "p", l)), seed: 7), WithEx);
        List<Term> written = [.. ParseTurtle(text).Select(q => q.Object)];
        CollectionAssert.AreEqual(expected, written, text);
    }

    [TestMethod]
    public void SortsIriSubjectsBeforeBlankOnesAndTypeFirst()
    {
        var b = new BlankNode("b");
        string text = AssertTurtleRoundTrip(
        [
            T(b, "p", b),
            T(I("z"), "a", Literal.Create(1)),
            new Triple(I("z"), Vocabulary.Rdf.Type, I("C")),
            T(I("a"), "p", Literal.Create(1)),
        ], WithEx);
        int a = text.IndexOf("ex:a ex:p", StringComparison.Ordinal);
        int z = text.IndexOf("ex:z", StringComparison.Ordinal);
        int blank = text.IndexOf("_:b0", StringComparison.Ordinal);
        Assert.IsTrue(a >= 0 && a < z && z < blank, text);
        StringAssert.Contains(text, "ex:z a ex:C ;\n    ex:a 1 .");
    }

    [TestMethod]
    public void WritesDuplicateTriplesOnce()
    {
        string text = AssertTurtleRoundTrip([T(I("s"), "p", I("o")), T(I("s"), "p", I("o"))], WithEx);
        Assert.AreEqual(1, CountOf(text, "ex:o"));
    }

    [TestMethod]
    public void WritesIrisRelativeToTheBaseWhereSafe()
    {
        Iri baseIri = Iri.Parse("http://example.org/dir/doc");
        var options = RdfWriterOptions.Default with { BaseIri = baseIri };
        string text = AssertTurtleRoundTrip(
        [
            new Triple(baseIri, I("dir/p"), I("dir/doc#frag")),
            new Triple(baseIri, I("dir/p"), I("dir/other")),
            new Triple(baseIri, I("dir/p"), I("dir/sub/x?q=1")),
            new Triple(baseIri, I("dir/p"), I("elsewhere")),
            new Triple(baseIri, I("dir/p"), I("dir/a:b")),
            new Triple(baseIri, I("dir/p"), I("dir/")),
            new Triple(baseIri, I("dir/p"), Iri.Parse("https://other.example/dir/x")),
        ], options);
        StringAssert.StartsWith(text, "@base <http://example.org/dir/doc> .\n\n");
        StringAssert.Contains(text, "<> <p> ");
        StringAssert.Contains(text, "<#frag>");
        StringAssert.Contains(text, "<other>");
        StringAssert.Contains(text, "<sub/x?q=1>");
        StringAssert.Contains(text, "<http://example.org/elsewhere>");
        StringAssert.Contains(text, "<http://example.org/dir/a:b>");
        StringAssert.Contains(text, "<http://example.org/dir/>");
        StringAssert.Contains(text, "<https://other.example/dir/x>");
    }

    [TestMethod]
    [DataRow("http://example.org/a/b", "http://example.org/a/b", "")]
    [DataRow("http://example.org/a/b#f", "http://example.org/a/b", "")]
    [DataRow("http://example.org/a/b?q", "http://example.org/a/b?q#x", "#x")]
    [DataRow("http://example.org/a/b?q", "http://example.org/a/c", "c")]
    [DataRow("http://example.org/a/b", "http://example.org/a/./c", null)]
    [DataRow("http://example.org", "http://example.org/c", null)]
    [DataRow("urn:x:y", "urn:x:z", null)]
    [DataRow("file:///tmp/a.ttl", "file:///tmp/b.ttl", "b.ttl")]
    public void RelativisesOnlyWhenTheReferenceResolvesBack(string baseIri, string iri, string? expected) =>
        Assert.AreEqual(expected, TurtleTerms.Relativize(Iri.Parse(baseIri), iri));

    [TestMethod]
    public void WritesTripleTermsAndDirectionalStrings()
    {
        var inner = new Triple(new BlankNode("b"), I("q"), new Literal("x", "ar", BaseDirection.Rtl));
        string text = ToTurtle([new Quad(I("s"), I("p"), new TripleTerm(inner)), new Quad(new BlankNode("b"), I("r"), Literal.Create(1))], WithEx);
        StringAssert.Contains(text, "ex:s ex:p <<( _:b0 ex:q \"x\"@ar--rtl )>> .");
        StringAssert.Contains(text, "_:b0 ex:r 1 .");
    }

    [TestMethod]
    public void RejectsQuadsInNamedGraphs()
    {
        using var stream = new MemoryStream();
        using var writer = new TurtleWriter(stream, RdfWriterOptions.Default);
        ArgumentException e = Assert.ThrowsExactly<ArgumentException>(() => writer.Write(new Quad(I("s"), I("p"), I("o"), I("g"))));
        StringAssert.Contains(e.Message, "TriG");
    }

    [TestMethod]
    public void WritesNothingButTheGivenPrefixesForAnEmptyGraph()
    {
        Assert.AreEqual(string.Empty, ToTurtle(Array.Empty<Quad>()));
        Assert.AreEqual("@prefix ex: <http://example.org/> .\n\n", ToTurtle(Array.Empty<Quad>(), WithEx));
    }

    [TestMethod]
    public void StreamingGroupsConsecutiveStatementsAndKeepsOrder()
    {
        var b = new BlankNode("node1");
        var options = WithEx with { Streaming = true };
        var triples = new List<Triple>
        {
            T(I("s"), "p", I("o1")),
            T(I("s"), "p", I("o2")),
            new(I("s"), Vocabulary.Rdf.Type, Vocabulary.Foaf.Person),
            T(b, "q", Literal.Create(1)),
            T(I("s"), "p", b),
            T(I("s"), "list", Nil),
        };
        string text = AssertTurtleRoundTrip(triples, options);
        StringAssert.Contains(text, "@prefix ex: <http://example.org/> .\n");
        foreach (VocabularyNamespace ns in Vocabulary.All)
        {
            StringAssert.Contains(text, $"@prefix {ns.Prefix}: <{ns.Namespace.Value}> .\n", "streaming declares every well-known prefix up front");
        }

        StringAssert.EndsWith(text,
            "\nex:s ex:p ex:o1, ex:o2 ;\n    a foaf:Person .\n_:node1 ex:q 1 .\nex:s ex:p _:node1 ;\n    ex:list () .\n");
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
