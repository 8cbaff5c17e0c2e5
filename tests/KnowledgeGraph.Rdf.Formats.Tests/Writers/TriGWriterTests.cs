using KnowledgeGraph.Rdf.Vocabularies;
using static KnowledgeGraph.Rdf.Formats.Tests.Writers.WriterHarness;

namespace KnowledgeGraph.Rdf.Formats.Tests.Writers;

[TestClass]
public sealed class TriGWriterTests
{
    private static readonly RdfWriterOptions WithEx = RdfWriterOptions.Default with { Prefixes = PrefixMap.Empty.Add("ex", Ex) };

    [TestMethod]
    public void WritesTheDefaultGraphFirstThenNamedGraphsInOrder()
    {
        var nested = new BlankNode("n");
        string text = AssertTriGRoundTrip(
        [
            new Quad(I("s"), I("p"), I("o"), I("g2")),
            new Quad(I("s"), I("p"), nested, I("g1")),
            new Quad(nested, I("q"), Literal.Create(1), I("g1")),
            new Quad(I("s"), I("p"), I("o")),
            new Quad(I("s"), I("p"), I("o"), new BlankNode("graph")),
        ], WithEx);
        Assert.AreEqual(
            "@prefix ex: <http://example.org/> .\n\n" +
            "ex:s ex:p ex:o .\n\n" +
            "ex:g1 {\n    ex:s ex:p [ ex:q 1 ] .\n}\n\n" +
            "ex:g2 {\n    ex:s ex:p ex:o .\n}\n\n" +
            "_:b0 {\n    ex:s ex:p ex:o .\n}\n",
            text);
    }

    [TestMethod]
    public void IndentsGroupsInsideGraphBlocks()
    {
        var b = new BlankNode("b");
        string text = AssertTriGRoundTrip(
        [
            new Quad(I("s"), Vocabulary.Rdf.Type, I("C"), I("g")),
            new Quad(I("s"), I("p"), b, I("g")),
            new Quad(b, I("q"), Literal.Create(1), I("g")),
            new Quad(b, I("r"), Literal.Create(2), I("g")),
        ], WithEx);
        StringAssert.Contains(text, "ex:g {\n    ex:s a ex:C ;\n        ex:p [\n            ex:q 1 ;\n            ex:r 2\n        ] .\n}\n");
    }

    [TestMethod]
    public void LabelsBlankNodesSharedAcrossGraphsOrUsedAsGraphNames()
    {
        var shared = new BlankNode("shared");
        var graphName = new BlankNode("g");
        string text = AssertTriGRoundTrip(
        [
            new Quad(I("a"), I("p"), shared, I("g1")),
            new Quad(shared, I("q"), Literal.Create(1), I("g2")),
            new Quad(graphName, I("p"), Literal.Create(2)),
            new Quad(I("a"), I("p"), I("o"), graphName),
        ], WithEx);
        Assert.DoesNotContain("[", text, text);
    }

    [TestMethod]
    public void SameDatasetGivesSameBytesWhateverTheInputOrder()
    {
        var b = new BlankNode("b");
        var quads = new List<Quad>
        {
            new(I("s"), I("p"), b, I("g")),
            new(b, I("q"), new Literal("x\ny"), I("g")),
            new(I("s"), I("p"), I("o")),
            new(new BlankNode("g2"), I("p"), I("o"), new BlankNode("g2")),
            new(I("t"), I("p"), Literal.Create(1.5m), I("h")),
            new(I("t"), I("p"), Literal.Create(2.5m), I("g")),
        };
        string expected = AssertTriGRoundTrip(quads, WithEx);
        for (int seed = 1; seed <= 5; seed++)
        {
            Assert.AreEqual(expected, ToTriG(Relabelled(Shuffled(quads, seed), "r" + seed), WithEx), $"seed {seed}");
        }
    }

    [TestMethod]
    public void StreamingOpensABlockPerRunOfTheSameGraph()
    {
        var options = WithEx with { Streaming = true };
        string text = AssertTriGRoundTrip(
        [
            new Quad(I("s"), I("p"), I("o1"), I("g")),
            new Quad(I("s"), I("p"), I("o2"), I("g")),
            new Quad(I("s"), I("p"), I("o3")),
            new Quad(I("s"), I("q"), I("o4"), I("g")),
        ], options);
        StringAssert.EndsWith(text,
            "\nex:g {\n    ex:s ex:p ex:o1, ex:o2 .\n}\n\nex:s ex:p ex:o3 .\n\nex:g {\n    ex:s ex:q ex:o4 .\n}\n");
    }

    [TestMethod]
    public void WritesAnEmptyDatasetAsNothing() => Assert.AreEqual(string.Empty, ToTriG(Array.Empty<Quad>()));
}
