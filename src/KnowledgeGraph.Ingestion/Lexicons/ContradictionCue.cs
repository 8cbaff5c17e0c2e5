namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>An explicit contradiction cue ("im Widerspruch zu", "contradicted").</summary>
/// <param name="Words">The cue's tokens.</param>
/// <param name="IsVerb">True when the subject contradicts the object; false for a relation between two sides.</param>
internal sealed record ContradictionCue(IReadOnlyList<string> Words, bool IsVerb)
{
    /// <summary>The cue as written.</summary>
    public string Display => string.Join(' ', Words);
}
