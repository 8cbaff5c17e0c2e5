using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>
/// <c>kg convert --layout</c>: pretty Turtle sorts subjects and nests blank nodes used once; streaming Turtle keeps
/// the input's order and labels; both are the same graph. Auto picks pretty for small files and streaming for
/// standard input, whose size is unknown.
/// </summary>
[TestClass]
public sealed class ConvertLayoutTests
{
    // Subjects out of order and a blank node referenced once: the two layouts differ visibly.
    private const string Input =
        "<http://example.org/z> <http://example.org/p> _:b .\n" +
        "_:b <http://example.org/q> \"1\" .\n" +
        "<http://example.org/a> <http://example.org/p> \"2\" .\n";

    private static List<Quad> Parse(RdfFormat format, string text)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return [.. format.CreateParser(RdfParserOptions.Default).Parse(stream)];
    }

    private static void AssertPretty(string turtle)
    {
        StringAssert.Contains(turtle, "[", "a blank node used once is nested");
        Assert.IsLessThan(turtle.IndexOf("example.org/z", StringComparison.Ordinal), turtle.IndexOf("example.org/a", StringComparison.Ordinal), "subjects are sorted");
    }

    private static void AssertStreaming(string turtle)
    {
        StringAssert.Contains(turtle, "_:b", "blank node labels are kept");
        Assert.IsGreaterThan(turtle.IndexOf("example.org/z", StringComparison.Ordinal), turtle.IndexOf("example.org/a", StringComparison.Ordinal), "the input's order is kept");
    }

    [TestMethod]
    public void PrettyAndStreamingWriteTheSameGraph()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        folder.File("in.nt", Input);

        KgRun pretty = KgProcess.Run(folder.Path, "convert", "in.nt", "--to", "turtle", "--layout", "pretty");
        KgRun streaming = KgProcess.Run(folder.Path, "convert", "in.nt", "--to", "turtle", "--layout", "streaming");

        Assert.AreEqual(0, pretty.ExitCode, pretty.Error);
        Assert.AreEqual(0, streaming.ExitCode, streaming.Error);
        AssertPretty(pretty.Output);
        AssertStreaming(streaming.Output);
        List<Quad> expected = Parse(RdfFormats.NTriples, Input);
        Assert.IsTrue(Isomorphism.AreIsomorphic(expected, Parse(RdfFormats.Turtle, pretty.Output)), pretty.Output);
        Assert.IsTrue(Isomorphism.AreIsomorphic(expected, Parse(RdfFormats.Turtle, streaming.Output)), streaming.Output);
    }

    [TestMethod]
    public void AutoIsPrettyForASmallFileAndStreamingForStandardInput()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        folder.File("in.nt", Input);

        KgRun file = KgProcess.Run(folder.Path, "convert", "in.nt", "--to", "turtle");
        KgRun stdin = KgProcess.RunWithInput(folder.Path, Input, "convert", "-", "--from", "ntriples", "--to", "turtle");

        Assert.AreEqual(0, file.ExitCode, file.Error);
        Assert.AreEqual(0, stdin.ExitCode, stdin.Error);
        AssertPretty(file.Output);
        AssertStreaming(stdin.Output);
    }

    [TestMethod]
    public void StreamingTriGKeepsNamedGraphs()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        const string quads =
            "<http://example.org/s> <http://example.org/p> \"1\" <http://example.org/g1> .\n" +
            "<http://example.org/s> <http://example.org/p> \"2\" <http://example.org/g2> .\n" +
            "<http://example.org/s> <http://example.org/p> \"3\" .\n";
        folder.File("in.nq", quads);

        KgRun run = KgProcess.Run(folder.Path, "convert", "in.nq", "--to", "trig", "--layout", "streaming");

        Assert.AreEqual(0, run.ExitCode, run.Error);
        Assert.IsTrue(Isomorphism.AreIsomorphic(Parse(RdfFormats.NQuads, quads), Parse(RdfFormats.TriG, run.Output)), run.Output);
    }

    [TestMethod]
    public void AnUnknownLayoutIsRefused()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        folder.File("in.nt", Input);

        KgRun run = KgProcess.Run(folder.Path, "convert", "in.nt", "--to", "turtle", "--layout", "fancy");

        Assert.AreNotEqual(0, run.ExitCode);
        StringAssert.Contains(run.Error, "fancy");
    }
}
