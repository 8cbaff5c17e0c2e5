namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Join(Ω1, Ω2) (§18.5).</summary>
internal sealed record Join(Operator Left, Operator Right) : Operator;
