namespace KnowledgeGraph.Rdf.Stores;

/// <summary>Counts a store keeps per predicate, for join ordering.</summary>
/// <param name="Quads">Quads with this predicate.</param>
/// <param name="DistinctSubjects">Distinct subjects among them.</param>
/// <param name="DistinctObjects">Distinct objects among them.</param>
public readonly record struct PredicateStatistics(long Quads, long DistinctSubjects, long DistinctObjects);
