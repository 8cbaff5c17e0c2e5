using KnowledgeGraph.Rdf.Vocabularies;
using static KnowledgeGraph.Rdf.Formats.Tests.Writers.WriterHarness;

namespace KnowledgeGraph.Rdf.Formats.Tests.Writers;

[TestClass]
public sealed class TurtleWriterTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Sample()
    {
        var b1 = new BlankNode("x1");
        var b2 = new BlankNode("x2");
        var l1 = new BlankNode("l1");
        var l2 = new BlankNode("l2");
        Triple[] triples =
        [
            new(I("s"), Vocabulary.Rdf.Type, Vocabulary.Foaf.Person),
            new(I("s"), I("p"), Literal.Create(42)),
            new(I("s"), I("p"), new Literal("multi\nline \"quoted\"")),
            new(I("s"), I("q"), b1),
            new(b1, I("r"), new Literal("x", "en")),
            new(b1, I("r2"), b2),
            new(b2, I("r3"), Literal.Create(1.5m)),
            new(I("s"), I("list"), l1),
            new(l1, Vocabulary.Rdf.First, Literal.Create(1)),
            new(l1, Vocabulary.Rdf.Rest, l2),
            new(l2, Vocabulary.Rdf.First, Literal.Create(true)),
            new(l2, Vocabulary.Rdf.Rest, Vocabulary.Rdf.Nil),
            new(I("s"), I("empty"), Vocabulary.Rdf.Nil),
        ];
        string text = AssertTurtleRoundTrip(triples);
        TestContext.WriteLine(text);
    }
}
