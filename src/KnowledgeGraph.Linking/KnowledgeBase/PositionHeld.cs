namespace KnowledgeGraph.Linking.KnowledgeBase;

/// <summary>
/// One "position held" (P39) statement of a person: the position's QID and the start (P580) and end (P582)
/// qualifiers when known. Wikidata models it as <c>wd:Q… p:P39 ?s . ?s ps:P39 wd:Qpos ; pq:P580 ?start ; pq:P582 ?end</c>.
/// </summary>
/// <param name="PositionQid">The position's QID, e.g. <c>Q14213</c>.</param>
/// <param name="Start">The start date (P580), if known.</param>
/// <param name="End">The end date (P582), if known; null also for a term that has not ended.</param>
/// <param name="StatementId">Wikidata's statement id (e.g. <c>Q11689894-c93cd0e6-…</c>) when the source gives it.</param>
public sealed record PositionHeld(string PositionQid, DateOnly? Start, DateOnly? End, string? StatementId = null)
{
    /// <summary>True when the term covers <paramref name="date"/>; open ends count as covering.
    /// A statement with neither date says nothing about a particular day, so it never covers one.</summary>
    public bool Covers(DateOnly date) =>
        (Start is not null || End is not null) && (Start is null || Start <= date) && (End is null || date <= End);
}
