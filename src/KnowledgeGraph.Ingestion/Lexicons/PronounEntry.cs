namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>A pronoun or demonstrative that refers back to a person.</summary>
internal sealed record PronounEntry(IReadOnlyList<string> Words, bool IsDemonstrative, char Gender);
