using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.NQuads;
using static KnowledgeGraph.Rdf.Formats.Tests.Writers.WriterHarness;

namespace KnowledgeGraph.Rdf.Formats.Tests.Writers;

[TestClass]
public sealed class NQuadsWriterTests
{
    [TestMethod]
    public void WritesGraphNamesAfterTheObject()
    {
        string text = ToNQuads(
        [
            new Quad(I("s"), I("p"), I("o")),
            new Quad(I("s"), I("p"), new Literal("x"), I("g")),
            new Quad(new BlankNode("b"), I("p"), Literal.Create(1), new BlankNode("g")),
        ]);
        Assert.AreEqual(
            "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n" +
            "<http://example.org/s> <http://example.org/p> \"x\" <http://example.org/g> .\n" +
            "_:b <http://example.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> _:g .\n",
            text);
    }

    [TestMethod]
    public void RoundTripsTripleTermsAndDirectionsInNamedGraphs()
    {
        var quads = new List<Quad>
        {
            new(I("s"), I("p"), new TripleTerm(new Triple(I("a"), I("b"), new Literal("c", "ar", BaseDirection.Rtl))), I("g")),
            new(I("s"), I("p"), new Literal("line\nbreak\t\"q\""), new BlankNode("x")),
        };
        Assert.IsTrue(Isomorphism.AreIsomorphic(quads, ParseNQuads(ToNQuads(quads))));
    }

    [TestMethod]
    public void RefusesWritesAfterFinish()
    {
        using var stream = new MemoryStream();
        using var writer = new NQuadsWriter(stream, RdfWriterOptions.Default);
        writer.Finish();
        Assert.ThrowsExactly<InvalidOperationException>(() => writer.Write(new Quad(I("s"), I("p"), I("o"))));
    }
}
