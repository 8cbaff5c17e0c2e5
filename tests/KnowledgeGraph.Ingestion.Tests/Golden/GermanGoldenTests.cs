using KnowledgeGraph.Ingestion.Evaluation;

namespace KnowledgeGraph.Ingestion.Tests.Golden;

/// <summary>
/// The ten German golden articles (nine reports written for testing in <c>Golden/de</c> and the seed article), each with
/// hand-written gold (<c>NAME.gold.tsv</c>) written before the extractor was run on it. The thresholds sit just below the
/// scores reached (README in this folder), so a regression fails; a wrong speaker or a contradiction the text does not
/// cue fails in any article.
/// </summary>
[TestClass]
public sealed class GermanGoldenTests : GoldenTests
{
    protected override string Language => "de";

    public static IEnumerable<object[]> Articles => GoldenSet.Files("Golden/de", "Seed");

    [TestMethod]
    public void TenArticles() => Assert.HasCount(10, Articles.ToList());

    [TestMethod]
    public void ScoresOverAllArticles()
    {
        GoldScorer s = Score(Articles.Select(a => (string)a[0]));
        AssertStatements(s, precision: 0.95, recall: 0.9, personsF1: 0.95);
        Assert.IsGreaterThanOrEqualTo(0.85, s.Contradictions.Precision, GoldenSet.Report(s));
        Assert.IsGreaterThanOrEqualTo(0.8, s.Contradictions.Recall, GoldenSet.Report(s));
        Assert.IsGreaterThanOrEqualTo(0.9, (double)s.Dates.Right / s.Dates.Total, GoldenSet.Report(s));
        Assert.IsGreaterThanOrEqualTo(0.9, (double)s.Places.Right / s.Places.Total, GoldenSet.Report(s));
    }

    [TestMethod]
    [DynamicData(nameof(Articles))]
    public void NoWrongSpeakerAndNoUncuedContradiction(string file)
    {
        GoldScorer s = CheckArticle(file);
        Assert.IsGreaterThanOrEqualTo(0.75, s.Statements.Recall, GoldenSet.Report(s));
    }

    /// <summary>Three reports written with their gold before development started and scored only at the end (first
    /// score: statements P 1.000 R 0.957, persons with offices F1 1.000; the one cued contradiction is missed).</summary>
    [TestMethod]
    public void HeldOutArticles()
    {
        GoldScorer s = ScoreFolders("Golden/de-heldout");
        Assert.AreEqual(3, s.Articles);
        AssertStatements(s, precision: 0.95, recall: 0.9, personsF1: 0.9);
        Assert.AreEqual(1.0, s.Contradictions.Precision, GoldenSet.Report(s));
    }
}
