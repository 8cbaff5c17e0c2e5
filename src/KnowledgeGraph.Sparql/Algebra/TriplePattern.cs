namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A triple pattern of a basic graph pattern (§18.1.3).</summary>
internal sealed record TriplePattern(PatternNode Subject, PatternNode Predicate, PatternNode Object);
