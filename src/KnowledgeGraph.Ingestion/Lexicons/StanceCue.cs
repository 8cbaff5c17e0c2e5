namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>A stance word from <c>data/lexicon/stance-cues.tsv</c>.</summary>
/// <param name="Words">The form's tokens ("zu", "stoppen").</param>
/// <param name="Kind">What it says about the policy.</param>
/// <param name="Particle">The separable particle that must follow in the clause ("ab"), or null.</param>
/// <param name="Infinitive">An infinitive with "zu"/"to": the content of a demand, without a subject of its own.</param>
internal sealed record StanceCue(IReadOnlyList<string> Words, StanceCueKind Kind, string? Particle, bool Infinitive)
{
    /// <summary>The cue as written ("lehnt … ab").</summary>
    public string Display => Particle is null ? string.Join(' ', Words) : string.Join(' ', Words) + " … " + Particle;
}
