namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>A post from <c>data/lexicon/offices.tsv</c>.</summary>
internal sealed record OfficeEntry(
    string Key,
    string? Qid,
    string Country,
    string Role,
    bool IsDefault,
    string LabelEn,
    string LabelDe,
    IReadOnlyList<string> GermanForms,
    IReadOnlyList<string> EnglishForms);
