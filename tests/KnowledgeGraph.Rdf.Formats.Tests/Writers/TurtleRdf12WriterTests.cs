using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Vocabularies;
using static KnowledgeGraph.Rdf.Formats.Tests.Writers.WriterHarness;

namespace KnowledgeGraph.Rdf.Formats.Tests.Writers;

/// <summary>RDF 1.2 terms in the Turtle and TriG writers: triple terms, reifiers, directional strings.</summary>
[TestClass]
public sealed class TurtleRdf12WriterTests
{
    private static readonly RdfWriterOptions Pretty = RdfWriterOptions.Default with { Prefixes = PrefixMap.Empty.Add("ex", Ex) };
    private static readonly RdfWriterOptions Streaming = Pretty with { Streaming = true };

    public TestContext TestContext { get; set; } = null!;

    private static TripleTerm T(Term s, Iri p, Term o) => new(new Triple(s, p, o));

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void WritesDirectionalStrings(bool streaming)
    {
        Triple[] triples =
        [
            new(I("s"), I("label"), new Literal("Hello", "en", BaseDirection.Ltr)),
            new(I("s"), I("label"), new Literal("مرحبا", "ar", BaseDirection.Rtl)),
            new(I("s"), I("label"), new Literal("Hallo", "de")),
        ];
        string text = AssertTurtleRoundTrip(triples, streaming ? Streaming : Pretty);
        StringAssert.Contains(text, "\"Hello\"@en--ltr");
        StringAssert.Contains(text, "\"مرحبا\"@ar--rtl");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void WritesNestedTripleTermsWithBlankNodesAndLiterals(bool streaming)
    {
        var b = new BlankNode("b");
        Triple[] triples =
        [
            new(I("r"), Vocabulary.Rdf.Reifies, T(b, I("p"), T(I("s"), I("q"), Literal.Create(3)))),
            new(b, I("name"), new Literal("x")),
            new(I("r2"), Vocabulary.Rdf.Reifies, T(I("s"), I("p"), new Literal("y", "en", BaseDirection.Ltr))),
        ];
        string text = AssertTurtleRoundTrip(triples, streaming ? Streaming : Pretty);
        TestContext.WriteLine(text);
        StringAssert.Contains(text, "<<( ex:s ex:q 3 )>>");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void WritesReifiersInNamedGraphs(bool streaming)
    {
        var r = new BlankNode("r");
        Quad[] quads =
        [
            new(I("s"), I("p"), I("o"), I("g")),
            new(r, Vocabulary.Rdf.Reifies, T(I("s"), I("p"), I("o")), I("g")),
            new(r, I("source"), I("doc"), I("g")),
            new(I("s"), I("p"), I("o")),
        ];
        string text = AssertTriGRoundTrip(quads, streaming ? Streaming : Pretty);
        TestContext.WriteLine(text);
    }

    [TestMethod]
    public void PrettyWriterUsesAnnotationsAndReifiedTriples()
    {
        var r1 = new BlankNode("r1");
        var r2 = new BlankNode("r2");
        var r3 = new BlankNode("r3");
        var r4 = new BlankNode("r4");
        Triple[] triples =
        [
            new(I("s"), I("p"), I("o")),
            new(r1, Vocabulary.Rdf.Reifies, T(I("s"), I("p"), I("o"))),
            new(r1, I("source"), I("doc1")),
            new(r2, Vocabulary.Rdf.Reifies, T(I("s"), I("p"), I("o"))),
            new(r3, Vocabulary.Rdf.Reifies, T(I("a"), I("b"), I("c"))),
            new(r3, I("source"), I("doc2")),
            new(I("x"), I("claims"), r4),
            new(r4, Vocabulary.Rdf.Reifies, T(I("a"), I("b"), Literal.Create(4))),
        ];
        string text = AssertTurtleRoundTrip(Shuffled(triples, 7), Pretty);
        Assert.AreEqual(
            """
            @prefix ex: <http://example.org/> .

            ex:s ex:p ex:o {| ex:source ex:doc1 |} ~ .

            ex:x ex:claims << ex:a ex:b 4 >> .

            << ex:a ex:b ex:c >> ex:source ex:doc2 .

            """.ReplaceLineEndings("\n"),
            text);
    }

    [TestMethod]
    public void ReifiersThatCannotBeSugaredKeepTheirLabels()
    {
        var twice = new BlankNode("twice");
        var shared = new BlankNode("shared");
        var quoted = new BlankNode("quoted");
        Triple[] triples =
        [
            // Reifies two triples: written with rdf:reifies, twice.
            new(twice, Vocabulary.Rdf.Reifies, T(I("a"), I("b"), I("c"))),
            new(twice, Vocabulary.Rdf.Reifies, T(I("a"), I("b"), I("d"))),
            // The object of two statements: needs a label.
            new(I("x"), I("p"), shared),
            new(I("y"), I("p"), shared),
            new(shared, Vocabulary.Rdf.Reifies, T(I("a"), I("b"), I("c"))),
            // Itself inside a triple term, and annotated in turn.
            new(quoted, Vocabulary.Rdf.Reifies, T(I("s"), I("p"), I("o"))),
            new(quoted, I("by"), I("z")),
            new(I("w"), Vocabulary.Rdf.Reifies, T(quoted, I("by"), I("z"))),
            new(I("s"), I("p"), I("o")),
        ];
        foreach (RdfWriterOptions options in new[] { Pretty, Streaming })
        {
            string text = AssertTurtleRoundTrip(triples, options);
            TestContext.WriteLine(text);
        }
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    [DataRow(3)]
    [DataRow(4)]
    public void RandomRdf12DatasetsRoundTrip(int seed)
    {
        var random = new Random(seed);
        BlankNode[] blanks = [.. Enumerable.Range(0, 12).Select(i => new BlankNode("n" + i))];
        Iri[] iris = [I("a"), I("b"), I("c")];
        Iri?[] graphs = [null, null, I("g1"), I("g2")];
        Term Node() => random.Next(3) == 0 ? iris[random.Next(iris.Length)] : blanks[random.Next(blanks.Length)];
        Term Object(int depth) => random.Next(6) switch
        {
            0 when depth < 2 => T(Node(), iris[random.Next(iris.Length)], Object(depth + 1)),
            1 => new Literal("v" + random.Next(3), "en", random.Next(2) == 0 ? BaseDirection.Ltr : null),
            _ => Node(),
        };

        var quads = new List<Quad>();
        for (int i = 0; i < 40; i++)
        {
            Iri? g = graphs[random.Next(graphs.Length)];
            Term s = Node();
            if (random.Next(3) == 0)
            {
                // A reified statement, sometimes also asserted, sometimes described.
                Iri p = iris[random.Next(iris.Length)];
                Term o = Object(1);
                // Mostly a reifier of its own (written as an annotation or << … >>), sometimes a shared node.
                BlankNode reifier = random.Next(4) == 0 ? blanks[random.Next(blanks.Length)] : new BlankNode("r" + i);
                quads.Add(new Quad(reifier, Vocabulary.Rdf.Reifies, T(s, p, o), g));
                if (random.Next(2) == 0)
                {
                    quads.Add(new Quad(s, p, o, g));
                }

                if (random.Next(2) == 0)
                {
                    quads.Add(new Quad(reifier, iris[random.Next(iris.Length)], Object(0), g));
                }
            }
            else
            {
                quads.Add(new Quad(s, iris[random.Next(iris.Length)], Object(0), g));
            }
        }

        foreach (RdfWriterOptions options in new[] { Pretty, Streaming })
        {
            _ = AssertTriGRoundTrip(quads, options);
            _ = AssertTurtleRoundTrip(quads.Select(q => new Quad(q.Subject, q.Predicate, q.Object)), options);
        }
    }
}
