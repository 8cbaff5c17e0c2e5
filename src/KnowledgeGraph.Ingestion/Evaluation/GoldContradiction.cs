namespace KnowledgeGraph.Ingestion.Evaluation;

/// <summary>A contradiction the article states between two sides: any pair of one statement of each side expresses it.</summary>
public sealed record GoldContradiction(IReadOnlyList<string> Side1, IReadOnlyList<string> Side2);
