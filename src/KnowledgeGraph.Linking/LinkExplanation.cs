using System.Globalization;
using System.Text;

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

    /// <summary>A readable report: decision, notes, then one block per candidate.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        CultureInfo c = CultureInfo.InvariantCulture;
        sb.Append(c, $"\"{Mention}\" ({Language}): {Summary}\n");
        if (LookedUp.Count > 0)
            sb.Append(c, $"  looked up: {string.Join(", ", LookedUp.Select(n => $"\"{n}\""))}\n");
        foreach (string note in Notes)
            sb.Append(c, $"  note: {note}\n");
        if (Candidates.Count == 0)
            sb.Append("  no candidates\n");
        foreach (CandidateScore s in Candidates)
        {
            string head = s.Rejected ? "rejected" : $"p={s.Probability:0.000} score={s.Score:0.00}";
            sb.Append(c, $"  {s.Qid} {s.Label}{(s.Description is null ? "" : " — " + s.Description)} [{s.Match}] {head}\n");
            foreach (string r in s.Reasons)
                sb.Append(c, $"      {r}\n");
        }
        return sb.ToString();
    }
}
