namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Union(Ω1, Ω2) (§18.5).</summary>
internal sealed record Union(Operator Left, Operator Right) : Operator;
