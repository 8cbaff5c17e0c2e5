using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Tests.Commands;

[TestClass]
public sealed class ExtractCommandTests
{
    private static List<Quad> Parse(RdfFormat format, string text)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return [.. format.CreateParser(RdfParserOptions.Default).Parse(stream)];
    }

    [TestMethod]
    public void PrintsTurtleOfExactlyTheGraphIngestionStores()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        string article = KgProcess.Article("kelly-mexiko.de.json");
        KgRun extract = KgProcess.Run(folder.Path, "extract", article);
        Assert.AreEqual(0, extract.ExitCode, extract.Error);
        StringAssert.Contains(extract.Output, "@prefix kgo: <https://w3id.org/knowledge-graph/ontology#> .");

        Assert.AreEqual(0, KgProcess.Run(folder.Path, "ingest", "--store", "store", article).ExitCode);
        KgRun stored = KgProcess.Run(folder.Path, "query", "--store", "store", "--to", "ntriples", "-q",
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
        Assert.AreEqual(0, stored.ExitCode, stored.Error);

        List<Quad> extracted = Parse(RdfFormats.Turtle, extract.Output);
        Assert.IsGreaterThan(100, extracted.Count);
        Assert.IsTrue(Isomorphism.AreIsomorphic(extracted, Parse(RdfFormats.NTriples, stored.Output)));
    }

    [TestMethod]
    public void TriGKeepsTheArticlesGraphName()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        KgRun run = KgProcess.Run(folder.Path, "extract", "--to", "trig", KgProcess.Article("GUM_news_iodine.txt"));
        Assert.AreEqual(0, run.ExitCode, run.Error);
        List<Quad> quads = Parse(RdfFormats.TriG, run.Output);
        Iri graph = Iri.Parse("https://w3id.org/knowledge-graph/resource/graph/gum-news-iodine");
        Assert.IsTrue(quads.All(q => graph.Equals(q.Graph)), "every quad is in the article's graph");
    }

    [TestMethod]
    public void ReportsUnreadableInputsAndUnknownFormats()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        KgRun missing = KgProcess.Run(folder.Path, "extract", "nowhere.txt");
        Assert.AreEqual(1, missing.ExitCode);
        StringAssert.Contains(missing.Error, "kg: cannot read 'nowhere.txt': no such file or directory (skipped)");

        KgRun format = KgProcess.Run(folder.Path, "extract", "--to", "yaml", KgProcess.Article("GUM_news_iodine.txt"));
        Assert.AreEqual(1, format.ExitCode);
        StringAssert.Contains(format.Error, "kg: unknown format 'yaml' for --to");
    }
}
