namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>A post from <c>data/lexicon/offices.tsv</c>. <paramref name="Kind"/> is the same for the same kind of post in
/// every country ("foreign-minister"), so a counterpart's post can be inferred.</summary>
internal sealed record OfficeEntry(
    string Key,
    string? Qid,
    string Country,
    string Role,
    bool IsDefault,
    string Kind,
    string LabelEn,
    string LabelDe,
    IReadOnlyList<string> GermanForms,
    IReadOnlyList<string> EnglishForms);
