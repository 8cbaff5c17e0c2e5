namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Reduced(Ω) (§18.5); evaluated like a cheap, partial Distinct.</summary>
internal sealed record Reduced(Operator Input) : Operator;
