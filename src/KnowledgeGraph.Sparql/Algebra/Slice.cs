namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Slice(Ω, start, length) (§18.5).</summary>
internal sealed record Slice(Operator Input, long Offset, long? Limit) : Operator;
