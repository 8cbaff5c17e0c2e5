using System.Text;
using KnowledgeGraph.Rdf.Formats.NQuads;
using KnowledgeGraph.Rdf.Formats.NTriples;

namespace KnowledgeGraph.Rdf.Formats.Tests.Parsers;

[TestClass]
public sealed class NQuadsParserTests
{
    // Big enough to be cut into several blocks and parsed on worker threads.
    private const int ManyLines = 60_000;

    private static string ManyTriples(int count, int? badLine = null)
    {
        var sb = new StringBuilder();
        for (int i = 1; i <= count; i++)
        {
            sb.Append(i == badLine
                ? "<http://example.org/s> <http://example.org/p> \"unterminated .\n"
                : $"<http://example.org/s{i}> <http://example.org/p> \"value number {i} with some padding text\"@en .\n");
        }

        return sb.ToString();
    }

    [TestMethod]
    public void KeepsInputOrderAcrossBlocks()
    {
        List<Quad> quads = [.. new NTriplesParser().ParseText(ManyTriples(ManyLines))];
        Assert.HasCount(ManyLines, quads);
        for (int i = 0; i < quads.Count; i++)
        {
            Assert.AreEqual($"http://example.org/s{i + 1}", ((Iri)quads[i].Subject).Value);
        }
    }

    [TestMethod]
    public void ReportsTheRightLineDeepInALargeInput()
    {
        const int bad = 54_321;
        int seen = 0;
        RdfSyntaxException e = Assert.ThrowsExactly<RdfSyntaxException>(() =>
        {
            foreach (Quad _ in new NTriplesParser(RdfParserOptions.Default with { SourceName = "big.nt" }).ParseText(ManyTriples(ManyLines, bad)))
            {
                seen++;
            }
        });
        Assert.AreEqual(bad, e.Line);
        Assert.AreEqual(47, e.Column);
        StringAssert.StartsWith(e.Message, $"big.nt:{bad}:47: ");
        Assert.AreEqual(bad - 1, seen, "every statement before the error is delivered");
    }

    [TestMethod]
    public void LenientModeSkipsBadLinesAndReportsThemInOrder()
    {
        var errors = new List<long>();
        var options = RdfParserOptions.Default with { Lenient = true, OnError = e => errors.Add(e.Line) };
        string text = ManyTriples(ManyLines, 7) + "garbage\n" + ManyTriples(3);
        List<Quad> quads = [.. new NTriplesParser(options).ParseText(text)];
        Assert.HasCount(ManyLines - 1 + 3, quads);
        CollectionAssert.AreEqual(new long[] { 7, ManyLines + 1 }, errors);
    }

    [TestMethod]
    public void LenientModeReportsASkippedLineBetweenTheQuadsAroundIt()
    {
        // Blocks are parsed ahead on worker threads; the handler still hears of a bad line on the consumer's thread,
        // after the quads before it and before the quads after it.
        int delivered = 0;
        var reports = new List<(long Line, int DeliveredBefore)>();
        var options = RdfParserOptions.Default with { Lenient = true, OnError = e => reports.Add((e.Line, delivered)) };
        string text = ManyTriples(ManyLines, badLine: 40_000) + "garbage\n" + ManyTriples(3);
        foreach (Quad _ in new NTriplesParser(options).ParseText(text))
        {
            delivered++;
        }

        CollectionAssert.AreEqual(new[] { (40_000L, 39_999), (ManyLines + 1L, ManyLines - 1) }, reports);
    }

    [TestMethod]
    public void BlankNodeLabelsAreOneNodePerDocumentAcrossBlocks()
    {
        string text = "_:x <http://example.org/p> \"first\" .\n" + ManyTriples(ManyLines) + "_:x <http://example.org/p> \"last\" .\n";
        List<Quad> quads = [.. new NTriplesParser().ParseText(text)];
        Assert.AreEqual(quads[0].Subject, quads[^1].Subject);

        List<Quad> other = [.. new NTriplesParser().ParseText("_:x <http://example.org/p> \"first\" .\n")];
        Assert.AreNotEqual(quads[0].Subject, other[0].Subject, "another document's _:x is another node");
    }

    [TestMethod]
    [DataRow("<http://example.org/s> <http://example.org/p> <relative> .", "N-Triples and N-Quads need absolute IRIs")]
    [DataRow("<http://example.org/s> <http://example.org/p> \"x\"@toolongsubtag .", "not a well-formed language tag")]
    [DataRow("<http://example.org/s> <http://example.org/p> \"x\" ", "expected '.'")]
    [DataRow("\"lit\" <http://example.org/p> <http://example.org/o> .", "expected a subject")]
    public void ExplainsWhatWasExpected(string line, string expected)
    {
        RdfSyntaxException e = Assert.ThrowsExactly<RdfSyntaxException>(() => new NTriplesParser().ParseText(line).ToList());
        StringAssert.Contains(e.Message, expected);
        Assert.AreEqual(1, e.Line);
    }

    [TestMethod]
    public void NQuadsPutsStatementsInTheirGraphs()
    {
        List<Quad> quads = [.. new NQuadsParser().ParseText(
            "<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n<http://e/s> <http://e/p> <http://e/o> .\n")];
        Assert.AreEqual(Iri.Parse("http://e/g"), quads[0].Graph);
        Assert.IsNull(quads[1].Graph);
    }
}
