namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>One ORDER BY key (§15.1).</summary>
internal sealed record OrderCondition(Expression Expression, bool Descending);
