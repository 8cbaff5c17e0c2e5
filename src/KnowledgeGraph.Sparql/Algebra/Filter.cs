namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Filter(expr, Ω) (§18.5); the conditions are a conjunction.</summary>
internal sealed record Filter(IReadOnlyList<Expression> Conditions, Operator Input) : Operator;
