using System.Globalization;
using System.Text;
using Humanizer;

namespace KnowledgeGraph.Linking;

/// <summary>Why a mention was linked, or left unlinked (NIL): every candidate with its score and reasons.</summary>
public sealed record LinkExplanation
{
    /// <summary>The mention as written.</summary>
    public required string Mention { get; init; }

    /// <summary>The names actually looked up (after resolving a surname within the article, stripping titles or a genitive).</summary>
    public IReadOnlyList<string> LookedUp { get; init; } = [];

    /// <summary>The language of the document.</summary>
    public required string Language { get; init; }

    /// <summary>The document's date, against which positions held were checked, if known.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The chosen item, or null for NIL.</summary>
    public string? Qid { get; init; }

    /// <summary>The confidence of the decision: the chosen item's probability, or for NIL the probability of NIL.</summary>
    public double Confidence { get; init; }

    /// <summary>The threshold that applied.</summary>
    public double Threshold { get; init; }

    /// <summary>Candidates, best first, rejected ones last.</summary>
    public IReadOnlyList<CandidateScore> Candidates { get; init; } = [];

    /// <summary>Notes on the context (countries and offices found, surname resolution, what the base knows about the office).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The decision in one sentence.</summary>
    public required string Summary { get; init; }

    /// <summary>
    /// A readable report (<c>kg link --explain</c>): the decision, what was looked up, notes on the context, then every
    /// candidate (✓ linked, · considered, ✗ ruled out) with each feature's contribution to its score.
    /// </summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        string when = Date is { } d ? $", {Wording.Date(d)}" : "";
        sb.Append(c, $"\"{Mention}\" ({Wording.Language(Language)} text{when}): {Summary}\n");
        if (LookedUp.Count > 0)
            sb.Append(c, $"  looked up {Wording.List(LookedUp.Select(n => $"\"{n}\""))}\n");
        foreach (string note in Notes)
            sb.Append(c, $"  · {note}\n");
        if (Candidates.Count == 0)
        {
            sb.Append("  no candidates\n");
            return sb.ToString();
        }
        sb.Append(c, $"  {Wording.Count(Candidates.Count, "candidate").Humanize(LetterCasing.Sentence)}:\n");
        foreach (CandidateScore s in Candidates)
        {
            string mark = s.Rejected ? "✗" : s.Qid == Qid ? "✓" : "·";
            string verdict = s.Rejected ? "ruled out" : $"probability {Wording.Percent(s.Probability)}, score {s.Score.ToString("0.00", c)}";
            sb.Append(c, $"  {mark} {s.Label} ({s.Qid}){(s.Description is null ? "" : ", " + s.Description)}\n");
            sb.Append(c, $"      matched by {Wording.Match(s.Match)}; {verdict}\n");
            foreach (string r in s.Reasons)
            {
                // Reasons start with their signed weight ("+2.5 held …") or say why the candidate is out ("rejected: …").
                int space = r.IndexOf(' ', StringComparison.Ordinal);
                if (r.StartsWith("rejected: ", StringComparison.Ordinal))
                    sb.Append(c, $"      {"✗",5}  {r["rejected: ".Length..]}\n");
                else if (space > 0 && double.TryParse(r[..space], NumberStyles.Float, c, out _))
                    sb.Append(c, $"      {r[..space],5}  {r[(space + 1)..]}\n");
                else
                    sb.Append(c, $"             {r}\n");
            }
        }
        return sb.ToString();
    }
}
