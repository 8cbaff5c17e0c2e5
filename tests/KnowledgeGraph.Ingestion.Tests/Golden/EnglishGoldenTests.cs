using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Ingestion.Tests.Golden;

/// <summary>Expected statements of English Wikinews articles: each (speaker, words the text contains), and nothing
/// attributed to anyone else.</summary>
[TestClass]
public sealed class EnglishGoldenTests
{
    private static IngestionResult Ingest(string file) =>
        new ArticleIngestor().IngestPath(Path.Combine(AppContext.BaseDirectory, "Golden", file)).Single();

    [TestMethod]
    public void Iodine()
    {
        IngestionResult r = Ingest("GUM_news_iodine.txt");
        Assert.AreEqual("en", r.Language);
        string[] expected = ["adequate intake of iodine", "iodised salt in their products", "10 per cent of Australian salt", "reacting slowly", "alarmed by what they found"];
        foreach (string words in expected)
            Assert.IsTrue(r.Analysis.Statements.Any(s => s.Speaker.Name == "Cres Eastman" && s.Text.Contains(words)), words);
        Assert.IsTrue(r.Analysis.Statements.All(s => s.Speaker.Name == "Cres Eastman"));
    }

    [TestMethod]
    public void Warhol()
    {
        IngestionResult r = Ingest("GUM_news_warhol.txt");
        Assert.IsTrue(r.Analysis.Statements.Any(s => s.Speaker.Name == "Kathryn Waters" && s.Text.Contains("Pop art was about")));
        Assert.IsTrue(r.Analysis.Statements.All(s => s.Speaker.Name == "Kathryn Waters"));
        Assert.IsEmpty(r.Analysis.Contradictions);
    }
}
