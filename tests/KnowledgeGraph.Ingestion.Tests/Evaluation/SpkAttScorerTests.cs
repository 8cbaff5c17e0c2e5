using KnowledgeGraph.Ingestion.Evaluation;
using KnowledgeGraph.Ingestion.Extraction.De;

namespace KnowledgeGraph.Ingestion.Tests.Evaluation;

[TestClass]
public sealed class SpkAttScorerTests
{
    private static List<TokenPosition> Tokens(params int[] tokens) => [.. tokens.Select(t => new TokenPosition(0, t))];

    [TestMethod]
    public void PerfectPredictionScoresOne()
    {
        var gold = new SpeechEvent(Tokens(3), Tokens(0, 1, 2), Tokens(4, 5, 6, 7));
        var scorer = new SpkAttScorer();
        scorer.Add([gold], [gold]);
        Assert.AreEqual(1.0, scorer.Cue.F1);
        Assert.AreEqual(1.0, scorer.Source.F1);
        Assert.AreEqual(1.0, scorer.Message.F1);
    }

    [TestMethod]
    public void PartialSpansEarnTheirShareOfTokens()
    {
        // Gold source "Wir als AfD" (3 tokens), predicted "Wir" (1 token): precision 1, recall 1/3.
        // Gold message 4 tokens, predicted 2 of them plus 2 others: precision 2/4, recall 2/4.
        var gold = new SpeechEvent(Tokens(3), Tokens(0, 1, 2), Tokens(4, 5, 6, 7));
        var predicted = new SpeechEvent(Tokens(3), Tokens(0), Tokens(6, 7, 8, 9));
        var scorer = new SpkAttScorer();
        scorer.Add([gold], [predicted]);
        Assert.AreEqual(1.0, scorer.Source.Precision, 1e-9);
        Assert.AreEqual(1.0 / 3, scorer.Source.Recall, 1e-9);
        Assert.AreEqual(0.5, scorer.Message.Precision, 1e-9);
        Assert.AreEqual(0.5, scorer.Message.Recall, 1e-9);
    }

    [TestMethod]
    public void UnmatchedEventsCountAgainstPrecisionAndRecall()
    {
        var gold = new SpeechEvent(Tokens(3), Tokens(0), []);
        var spurious = new SpeechEvent(Tokens(10), Tokens(9), Tokens(11));
        var scorer = new SpkAttScorer();
        scorer.Add([gold], [spurious]);
        Assert.AreEqual(0.0, scorer.Cue.Precision);
        Assert.AreEqual(0.0, scorer.Cue.Recall);
        Assert.AreEqual(0.0, scorer.Source.F1);
        Assert.AreEqual(0.0, scorer.Message.Recall, "a gold event without a message adds no message span");
        Assert.AreEqual(0.0, scorer.Message.Precision);
    }

    [TestMethod]
    public void EachGoldEventMatchesOnePrediction()
    {
        var gold = new SpeechEvent(Tokens(3), Tokens(0), []);
        var scorer = new SpkAttScorer();
        scorer.Add([gold], [gold, gold]);
        Assert.AreEqual(0.5, scorer.Cue.Precision, 1e-9);
        Assert.AreEqual(1.0, scorer.Cue.Recall, 1e-9);
    }
}
