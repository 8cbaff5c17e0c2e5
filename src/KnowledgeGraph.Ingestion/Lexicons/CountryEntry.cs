namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>A country and the words that point to it ("US-", "mexikanischen", "American").</summary>
internal sealed record CountryEntry(string Code, string? Qid, string LabelEn, string LabelDe, IReadOnlyList<string> GermanCues, IReadOnlyList<string> EnglishCues);
