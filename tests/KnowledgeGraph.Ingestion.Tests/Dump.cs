using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Ingestion.Tests;

[TestClass]
public sealed class Dump
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void DumpArticles()
    {
        string? path = Environment.GetEnvironmentVariable("KG_DUMP");
        if (path is null)
            return;
        var ingestor = new ArticleIngestor();
        foreach (IngestionResult r in ingestor.IngestPath(path))
        {
            Console.WriteLine($"=== {r.Article.Id} [{r.Language}] persons: {string.Join(", ", r.Analysis.Persons.Select(p => p.Name + (p.Qid is null ? "" : "/" + p.Qid) + (p.Offices.Count > 0 ? " (" + string.Join(",", p.Offices) + ")" : "")))}");
            foreach (var s in r.Analysis.Statements)
                Console.WriteLine($"  [{s.SentenceIndex}] {s.Speaker.Name} | {s.Type} | {s.Cue} | {s.Date} | {s.PlaceKey} | {string.Join(",", s.PolicyKeys)} | {s.Text}");
            foreach (var c in r.Analysis.Contradictions)
                Console.WriteLine($"  CONTRA {c.First.Speaker.Name}#{c.First.SentenceIndex} <> {c.Second.Speaker.Name}#{c.Second.SentenceIndex} ({c.Cue})");
        }
    }
}
