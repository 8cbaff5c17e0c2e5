using KnowledgeGraph.Linking.KnowledgeBase;

namespace KnowledgeGraph.Linking.Scoring;

/// <summary>A candidate item with its best name match and the name form that matched; <paramref name="Inflected"/>
/// when the form matched only after a genitive, possessive or German case ending was removed.</summary>
internal sealed record Candidate(WikidataItem Item, NameMatch Match, string Form, bool Inflected);
