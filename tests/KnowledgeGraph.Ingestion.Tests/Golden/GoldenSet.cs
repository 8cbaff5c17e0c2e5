using KnowledgeGraph.Ingestion.Evaluation;
using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Ingestion.Tests.Golden;

/// <summary>Scores the articles of gold folders with <see cref="GoldScorer"/> and prints the figures and findings.</summary>
internal static class GoldenSet
{
    public static string Folder(string relative) => Path.Combine(AppContext.BaseDirectory, relative);

    /// <summary>The gold files under the given folders (relative to the test output).</summary>
    public static IEnumerable<object[]> Files(params string[] folders) =>
        folders.SelectMany(f => GoldArticle.Find(Folder(f))).Select(f => new object[] { Path.GetRelativePath(AppContext.BaseDirectory, f) });

    public static GoldScorer Score(IEnumerable<string> goldFiles, string language, TestContext? context = null)
    {
        var scorer = new GoldScorer();
        var ingestor = new ArticleIngestor();
        foreach (string file in goldFiles)
        {
            GoldArticle gold = GoldArticle.Read(Path.Combine(AppContext.BaseDirectory, file));
            IngestionResult result = ingestor.IngestPath(gold.ArticlePath).Single();
            Assert.AreEqual(language, result.Language, $"{file}: language");
            scorer.Add(gold, result.Analysis);
        }
        context?.WriteLine(Report(scorer));
        return scorer;
    }

    public static string Report(GoldScorer s) =>
        $"statements P {s.Statements.Precision:0.000} ({s.Statements.RightPredictions}/{s.Statements.Predictions}) R {s.Statements.Recall:0.000} ({s.Statements.FoundGold}/{s.Statements.Gold}), "
        + $"wrong speakers {s.WrongSpeakers}; persons with offices F1 {s.PersonsWithOffices.F1:0.000}; "
        + $"contradictions P {s.Contradictions.Precision:0.000} R {s.Contradictions.Recall:0.000}\n"
        + string.Join('\n', s.Findings);
}
