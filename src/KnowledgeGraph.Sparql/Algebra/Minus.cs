namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Minus(Ω1, Ω2) (§18.5).</summary>
internal sealed record Minus(Operator Left, Operator Right) : Operator;
