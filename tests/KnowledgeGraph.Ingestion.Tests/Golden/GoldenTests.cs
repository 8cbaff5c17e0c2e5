using KnowledgeGraph.Ingestion.Evaluation;

namespace KnowledgeGraph.Ingestion.Tests.Golden;

/// <summary>
/// The harness the German and English golden test classes share: scoring folders of gold files in one language and the
/// checks every golden set makes (thresholds just below the scores reached, no wrong speaker, no contradiction the text
/// does not cue).
/// </summary>
public abstract class GoldenTests
{
    public TestContext TestContext { get; set; } = null!;

    /// <summary>"de" or "en": every article of the set must be read in this language.</summary>
    protected abstract string Language { get; }

    /// <summary>Scores the articles of the given folders (relative to the test output).</summary>
    protected GoldScorer ScoreFolders(params string[] folders) => Score(GoldenSet.Files(folders).Select(a => (string)a[0]));

    protected GoldScorer Score(IEnumerable<string> goldFiles) => GoldenSet.Score(goldFiles, Language, TestContext);

    /// <summary>Statements at least as precise and complete as given, with no wrong speaker; persons with their offices at
    /// least <paramref name="personsF1"/> when given.</summary>
    protected static void AssertStatements(GoldScorer s, double precision, double recall, double? personsF1 = null)
    {
        Assert.IsGreaterThanOrEqualTo(precision, s.Statements.Precision, GoldenSet.Report(s));
        Assert.IsGreaterThanOrEqualTo(recall, s.Statements.Recall, GoldenSet.Report(s));
        Assert.AreEqual(0, s.WrongSpeakers, GoldenSet.Report(s));
        if (personsF1 is { } f1)
            Assert.IsGreaterThanOrEqualTo(f1, s.PersonsWithOffices.F1, GoldenSet.Report(s));
    }

    /// <summary>One article: no wrong speaker, and no contradiction when its gold marks none. Returns its score.</summary>
    protected GoldScorer CheckArticle(string file)
    {
        GoldScorer s = Score([file]);
        GoldArticle gold = GoldArticle.Read(Path.Combine(AppContext.BaseDirectory, file));
        Assert.AreEqual(0, s.WrongSpeakers, GoldenSet.Report(s));
        if (gold.Contradictions.Count == 0)
            Assert.AreEqual(0, s.Contradictions.Predictions, $"{file} cues no contradiction\n{GoldenSet.Report(s)}");
        return s;
    }
}
