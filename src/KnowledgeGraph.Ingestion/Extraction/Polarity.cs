namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>A speaker's stance on a policy.</summary>
internal enum Polarity
{
    Support,
    Oppose,
}
