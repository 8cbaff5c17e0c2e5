using KnowledgeGraph.Linking.KnowledgeBase;

namespace KnowledgeGraph.Linking.Scoring;

/// <summary>A candidate item with its best name match and the name form that matched.</summary>
internal sealed record Candidate(WikidataItem Item, NameMatch Match, string Form, bool Genitive);
