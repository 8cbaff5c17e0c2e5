namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Graph(term or var, P) (§18.2.2.6).</summary>
internal sealed record Graph(PatternNode Name, Operator Input) : Operator;
