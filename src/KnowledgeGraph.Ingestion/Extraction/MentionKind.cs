namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>How a person is referred to.</summary>
internal enum MentionKind
{
    Named,
    Surname,
    Role,
    Pronoun,
    Demonstrative,
}
