using System.Globalization;
using System.Text;
using KnowledgeGraph.Linking.KnowledgeBase;

namespace KnowledgeGraph.Linking.Tests.Evaluation;

/// <summary>
/// Precision, recall among mentions whose gold item is in the base, NIL accuracy, every miss with its cause, and the
/// calibration of the linker's confidence: for every mention with a viable candidate, the top candidate's probability
/// against whether it is the gold item (reliability table, Brier score, expected calibration error).
/// </summary>
internal sealed class EvaluationMetrics(string name)
{
    private const int Bins = 5;

    public sealed record Gold(string Doc, string Text, EntityKind Kind, string? Qid);

    private readonly List<(double Confidence, bool Correct)> _top = [];
    private readonly List<string> _errors = [];
    private int _mentions, _predicted, _correct, _inBase, _inBaseCorrect, _outOfBase, _outOfBaseNil;

    public double Precision => _predicted == 0 ? 1 : (double)_correct / _predicted;

    public double Recall => _inBase == 0 ? 1 : (double)_inBaseCorrect / _inBase;

    public double NilAccuracy => _outOfBase == 0 ? 1 : (double)_outOfBaseNil / _outOfBase;

    public static EvaluationMetrics Combine(string name, params EvaluationMetrics[] sets)
    {
        var all = new EvaluationMetrics(name);
        foreach (EvaluationMetrics m in sets)
        {
            all._mentions += m._mentions;
            all._predicted += m._predicted;
            all._correct += m._correct;
            all._inBase += m._inBase;
            all._inBaseCorrect += m._inBaseCorrect;
            all._outOfBase += m._outOfBase;
            all._outOfBaseNil += m._outOfBaseNil;
            all._top.AddRange(m._top);
        }
        return all;
    }

    public void Add(Gold gold, LinkResult r, WikidataKnowledgeBase kb)
    {
        _mentions++;
        bool inBase = gold.Qid is not null && kb.TryGetItem(gold.Qid, out _);
        CandidateScore? top = r.Explanation.Candidates.FirstOrDefault(c => !c.Rejected);
        if (top is not null)
            _top.Add((top.Probability, top.Qid == gold.Qid));
        if (r.Qid is not null)
        {
            _predicted++;
            if (r.Qid == gold.Qid)
                _correct++;
            else
                _errors.Add($"WRONG  {gold.Doc}: \"{gold.Text}\" ({gold.Kind}) → {r.Qid} ({Fixed(r.Confidence)}), gold {gold.Qid ?? "NIL"}");
        }
        if (inBase)
        {
            _inBase++;
            if (r.Qid == gold.Qid)
                _inBaseCorrect++;
            else if (r.Qid is null)
                _errors.Add($"MISSED {gold.Doc}: \"{gold.Text}\" ({gold.Kind}) gold {gold.Qid}: {MissCause(gold, r)}");
        }
        else
        {
            _outOfBase++;
            if (r.Qid is null)
                _outOfBaseNil++;
        }
    }

    /// <summary>Why an in-base mention stayed NIL: no candidate, the gold item not among them, ruled out, or too weak.</summary>
    private static string MissCause(Gold gold, LinkResult r)
    {
        LinkExplanation e = r.Explanation;
        string looked = "looked up " + string.Join(", ", e.LookedUp.Select(n => $"\"{n}\""));
        if (e.Candidates.Count == 0)
            return $"no candidate generated ({looked})";
        CandidateScore? g = e.Candidates.FirstOrDefault(c => c.Qid == gold.Qid);
        if (g is null)
            return $"gold item not among the {e.Candidates.Count} candidate(s) ({looked})";
        if (g.Rejected)
            return $"gold candidate rejected: {g.Reasons.LastOrDefault()}";
        CandidateScore best = e.Candidates.First(c => !c.Rejected);
        return best.Qid == gold.Qid
            ? $"gold candidate below the threshold (p={Fixed(g.Probability)}, match {g.Match}: {string.Join("; ", g.Reasons)})"
            : $"another candidate {best.Qid} (p={Fixed(best.Probability)}) beat the gold one (p={Fixed(g.Probability)})";
    }

    public string Report()
    {
        var sb = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        sb.Append(c, $"{name}: {_mentions} mentions, {_inBase} with their item in the base, {_outOfBase} not\n");
        sb.Append(c, $"  precision {Fixed(Precision)} ({_correct}/{_predicted})  recall in base {Fixed(Recall)} ({_inBaseCorrect}/{_inBase})  NIL accuracy {Fixed(NilAccuracy)} ({_outOfBaseNil}/{_outOfBase})\n");
        if (_top.Count > 0)
        {
            sb.Append(c, $"  calibration of the top candidate ({_top.Count} mentions with a viable candidate): bin → mentions, mean confidence, share correct\n");
            double ece = 0;
            for (int b = 0; b < Bins; b++)
            {
                var inBin = _top.Where(t => Math.Min(Bins - 1, (int)(t.Confidence * Bins)) == b).ToList();
                if (inBin.Count == 0)
                    continue;
                double conf = inBin.Average(t => t.Confidence), acc = inBin.Count(t => t.Correct) / (double)inBin.Count;
                ece += inBin.Count * Math.Abs(conf - acc) / _top.Count;
                sb.Append(c, $"    [{(double)b / Bins:0.0}, {(double)(b + 1) / Bins:0.0}{(b == Bins - 1 ? "]" : ")")}: {inBin.Count,4}, {Fixed(conf)}, {Fixed(acc)}\n");
            }
            double brier = _top.Average(t => (t.Confidence - (t.Correct ? 1 : 0)) * (t.Confidence - (t.Correct ? 1 : 0)));
            sb.Append(c, $"    Brier score {Fixed(brier)}, expected calibration error {Fixed(ece)}\n");
        }
        foreach (string e in _errors)
            sb.Append("  ").Append(e).Append('\n');
        return sb.ToString();
    }

    private static string Fixed(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
