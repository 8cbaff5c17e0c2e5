namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Extend(Ω, var, expr) (§18.5): BIND and SELECT expressions.</summary>
internal sealed record Extend(Operator Input, string Variable, Expression Expression) : Operator;
