namespace KnowledgeGraph.Ingestion.Evaluation;

/// <summary>One difference between an article's extraction and its gold: what kind, and the details.</summary>
public sealed record GoldFinding(string Article, string Kind, string Detail)
{
    public override string ToString() => $"{Article}: {Kind}: {Detail}";
}
