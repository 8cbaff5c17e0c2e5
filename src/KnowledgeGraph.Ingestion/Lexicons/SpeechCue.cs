namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>A speech cue from <c>data/lexicon/speech-cues.*.tsv</c>.</summary>
internal sealed record SpeechCue(SpeechCueKind Kind, IReadOnlyList<string> Words, string? Particle)
{
    /// <summary>The cue as written ("fügte … hinzu").</summary>
    public string Display => Particle is null ? string.Join(' ', Words) : string.Join(' ', Words) + " … " + Particle;
}
