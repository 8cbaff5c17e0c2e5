namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>What extraction found in one article.</summary>
public sealed record ArticleAnalysis(
    string Language,
    IReadOnlyList<PersonEntity> Persons,
    IReadOnlyList<ExtractedStatement> Statements,
    IReadOnlyList<ExtractedContradiction> Contradictions);
