namespace KnowledgeGraph.Linking.Import;

/// <summary>What an import did.</summary>
/// <param name="Files">Files read.</param>
/// <param name="Items">Items written (an item read from several files counts once per file).</param>
/// <param name="QuadsAdded">Quads that were not in the graph before.</param>
public sealed record ImportSummary(int Files, long Items, long QuadsAdded);
