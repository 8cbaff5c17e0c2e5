namespace KnowledgeGraph.Linking;

/// <summary>The linker's decision for one mention.</summary>
/// <param name="Mention">The mention.</param>
/// <param name="Qid">The linked item, or null for NIL.</param>
/// <param name="Confidence">The calibrated confidence in [0, 1] of the link (for NIL: of NIL).</param>
/// <param name="Method">How the candidate was found: "offline" (the knowledge base) or "online" (Wikidata's API).</param>
/// <param name="Explanation">Candidates, scores and reasons.</param>
public sealed record LinkResult(EntityMention Mention, string? Qid, double Confidence, string Method, LinkExplanation Explanation)
{
    /// <summary>True when the mention stays unlinked.</summary>
    public bool IsNil => Qid is null;
}
