namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>An explicit contradiction cue ("im Widerspruch zu", "contradicted", "wies die Kritik zurück").</summary>
/// <param name="Words">The cue's tokens.</param>
/// <param name="Kind">How the cue names the two sides.</param>
/// <param name="Particle">The separable particle that must follow later in the clause ("zurück"), or null.</param>
/// <param name="Objects">For <see cref="ContradictionCueKind.Rejection"/>: the object nouns that refer back to the other
/// side's words ("Kritik", "claims"); empty otherwise.</param>
internal sealed record ContradictionCue(IReadOnlyList<string> Words, ContradictionCueKind Kind, string? Particle, IReadOnlyList<string> Objects)
{
    /// <summary>The cue as written.</summary>
    public string Display => Particle is null ? string.Join(' ', Words) : string.Join(' ', Words) + " … " + Particle;
}
