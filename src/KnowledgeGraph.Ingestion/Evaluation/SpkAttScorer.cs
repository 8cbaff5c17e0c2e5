using KnowledgeGraph.Ingestion.Extraction.De;

namespace KnowledgeGraph.Ingestion.Evaluation;

/// <summary>
/// Scores predicted speech events against gold ones with proportional (soft) precision and recall, the measure SpkAtt-2023
/// reports for cues and roles (after Johansson and Moschitti 2010): a predicted span earns the share of its tokens that
/// the matching gold span has (precision), a gold span the share of its tokens the matching prediction has (recall).
/// Events are matched one to one by their cues, the pair with the largest cue overlap first; a role is scored on the
/// matched pairs, and the role spans of unmatched events count as wholly wrong (precision) or missed (recall).
/// Empty roles are not spans: a gold event without a source adds nothing to source recall, and a prediction without one
/// nothing to source precision.
/// </summary>
public sealed class SpkAttScorer
{
    private readonly Sums _cue = new();
    private readonly Sums _source = new();
    private readonly Sums _message = new();

    /// <summary>Gold events scored so far.</summary>
    public int GoldEvents { get; private set; }

    /// <summary>Predicted events scored so far.</summary>
    public int PredictedEvents { get; private set; }

    /// <summary>Cue scores over everything added.</summary>
    public SpkAttScore Cue => _cue.Score;

    /// <summary>Source (speaker) scores.</summary>
    public SpkAttScore Source => _source.Score;

    /// <summary>Message scores.</summary>
    public SpkAttScore Message => _message.Score;

    /// <summary>Adds one document's gold and predicted events.</summary>
    public void Add(IReadOnlyList<SpeechEvent> gold, IReadOnlyList<SpeechEvent> predicted)
    {
        GoldEvents += gold.Count;
        PredictedEvents += predicted.Count;
        var pairs = new List<(int Gold, int Predicted, int Overlap)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int p = 0; p < predicted.Count; p++)
            {
                int overlap = Overlap(gold[g].Cue, predicted[p].Cue);
                if (overlap > 0)
                    pairs.Add((g, p, overlap));
            }
        }

        var goldMatch = new int[gold.Count];
        var predictedMatch = new int[predicted.Count];
        Array.Fill(goldMatch, -1);
        Array.Fill(predictedMatch, -1);
        foreach ((int g, int p, int _) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.Gold).ThenBy(x => x.Predicted))
        {
            if (goldMatch[g] < 0 && predictedMatch[p] < 0)
            {
                goldMatch[g] = p;
                predictedMatch[p] = g;
            }
        }

        for (int p = 0; p < predicted.Count; p++)
        {
            SpeechEvent? other = predictedMatch[p] >= 0 ? gold[predictedMatch[p]] : null;
            _cue.AddPredicted(predicted[p].Cue, other?.Cue);
            _source.AddPredicted(predicted[p].Source, other?.Source);
            _message.AddPredicted(predicted[p].Message, other?.Message);
        }

        for (int g = 0; g < gold.Count; g++)
        {
            SpeechEvent? other = goldMatch[g] >= 0 ? predicted[goldMatch[g]] : null;
            _cue.AddGold(gold[g].Cue, other?.Cue);
            _source.AddGold(gold[g].Source, other?.Source);
            _message.AddGold(gold[g].Message, other?.Message);
        }
    }

    private static int Overlap(IReadOnlyList<TokenPosition> a, IReadOnlyList<TokenPosition> b) => a.Count(b.Contains);

    private sealed class Sums
    {
        private double _precisionCredit;
        private int _predictedSpans;
        private double _recallCredit;
        private int _goldSpans;

        public SpkAttScore Score => new(_predictedSpans == 0 ? 0 : _precisionCredit / _predictedSpans, _goldSpans == 0 ? 0 : _recallCredit / _goldSpans);

        public void AddPredicted(IReadOnlyList<TokenPosition> span, IReadOnlyList<TokenPosition>? gold)
        {
            if (span.Count == 0)
                return;
            _predictedSpans++;
            if (gold is not null)
                _precisionCredit += (double)Overlap(span, gold) / span.Count;
        }

        public void AddGold(IReadOnlyList<TokenPosition> span, IReadOnlyList<TokenPosition>? predicted)
        {
            if (span.Count == 0)
                return;
            _goldSpans++;
            if (predicted is not null)
                _recallCredit += (double)Overlap(span, predicted) / span.Count;
        }
    }
}
