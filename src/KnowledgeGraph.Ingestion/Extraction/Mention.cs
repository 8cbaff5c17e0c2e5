namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>A reference to a person in a sentence: tokens [First, Last]; Entity null when it could not be resolved.</summary>
internal sealed record Mention(int First, int Last, MentionKind Kind, PersonEntity? Entity);
