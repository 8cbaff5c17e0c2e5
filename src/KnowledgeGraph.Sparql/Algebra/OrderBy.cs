namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>OrderBy(Ω, conditions) (§18.5).</summary>
internal sealed record OrderBy(Operator Input, IReadOnlyList<OrderCondition> Conditions) : Operator;
