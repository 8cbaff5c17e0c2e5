namespace KnowledgeGraph.Ingestion.Extraction.De;

/// <summary>
/// A speech, thought or writing event in tokenized text, as the SpkAtt-2023 shared task annotates them: the cue words
/// that evoke it and the source and message roles, each a set of token positions.
/// </summary>
/// <param name="Cue">The cue's tokens (a separated verb particle is not part of the cue).</param>
/// <param name="Source">Who speaks, thinks or writes; empty when the text does not say.</param>
/// <param name="Message">What is said; empty when not found.</param>
public sealed record SpeechEvent(IReadOnlyList<TokenPosition> Cue, IReadOnlyList<TokenPosition> Source, IReadOnlyList<TokenPosition> Message);

/// <summary>A token: its sentence's index and its index in the sentence, both 0-based.</summary>
public readonly record struct TokenPosition(int Sentence, int Token);
