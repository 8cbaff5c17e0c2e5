namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Project(Ω, vars) (§18.5).</summary>
internal sealed record Project(Operator Input, IReadOnlyList<string> Variables) : Operator;
