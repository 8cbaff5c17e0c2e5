namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>A GroupGraphPattern (§19.8 [53]): its elements in query order.</summary>
internal sealed record GroupPattern(IReadOnlyList<PatternElement> Elements, int Offset);
