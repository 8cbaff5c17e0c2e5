namespace KnowledgeGraph.Storage;

/// <summary>
/// Immutable settings of a quad store, given to its constructor or <c>Open</c> method:
/// <c>new MemoryQuadStore(new QuadStoreOptions { UnionDefaultGraph = true })</c>.
/// </summary>
public sealed record QuadStoreOptions
{
    /// <summary>The defaults: a separate default graph, synchronous commits.</summary>
    public static QuadStoreOptions Default { get; } = new();

    /// <summary>
    /// When true, a pattern on the default graph matches the union of all graphs (each distinct triple once),
    /// as SPARQL 1.1 Query §13.1 allows a dataset to define its default graph. Quads added without a graph
    /// still go to the real default graph.
    /// </summary>
    public bool UnionDefaultGraph { get; init; }

    /// <summary>
    /// For stores on disk: when true (the default), <c>Commit</c> returns only after the write-ahead log is
    /// flushed to the device, so a committed transaction survives a power loss, not only a killed process.
    /// </summary>
    public bool SyncCommits { get; init; } = true;
}
