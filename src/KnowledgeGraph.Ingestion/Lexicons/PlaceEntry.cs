namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>A place from <c>data/lexicon/places.tsv</c>.</summary>
internal sealed record PlaceEntry(string Key, string? Qid, string LabelEn, string LabelDe, IReadOnlyList<string> GermanForms, IReadOnlyList<string> EnglishForms);
