namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Distinct(Ω) (§18.5).</summary>
internal sealed record Distinct(Operator Input) : Operator;
