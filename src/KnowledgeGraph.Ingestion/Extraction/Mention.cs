using KnowledgeGraph.Ingestion.Lexicons;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>A reference to a person in a sentence: tokens [First, Last]; Entity null when it could not be resolved. A
/// role mention ("the Secretary of State") keeps the post and role it names, for an apposition to pass them on.</summary>
internal sealed record Mention(int First, int Last, MentionKind Kind, PersonEntity? Entity, OfficeEntry? Office = null, string? Role = null);
