namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A property path pattern: Path(X, path, Y) (§18.2.2.4).</summary>
internal sealed record PathPattern(PatternNode Subject, PropertyPath Path, PatternNode Object) : Operator;
