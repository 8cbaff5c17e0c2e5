namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>LeftJoin(Ω1, Ω2, expr) (§18.5); a null condition is true.</summary>
internal sealed record LeftJoin(Operator Left, Operator Right, Expression? Condition) : Operator;
