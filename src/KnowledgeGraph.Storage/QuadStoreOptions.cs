namespace KnowledgeGraph.Storage;

/// <summary>
/// Immutable settings of a quad store, given to its constructor or <c>Open</c> method:
/// <c>new MemoryQuadStore(new QuadStoreOptions { UnionDefaultGraph = true })</c>.
/// </summary>
public sealed record QuadStoreOptions
{
    /// <summary>The defaults: the store's own default-graph setting (off for a new store), synchronous commits.</summary>
    public static QuadStoreOptions Default { get; } = new();

    /// <summary>
    /// When true, a pattern on the default graph matches the union of all graphs (each distinct triple once),
    /// as SPARQL 1.1 Query §13.1 allows a dataset to define its default graph; when false, only the real default
    /// graph. Quads added without a graph always go to the real default graph.
    /// </summary>
    /// <remarks>
    /// Null (the default) means "the store's own setting": a <see cref="RocksDbQuadStore"/> records the setting when
    /// it is created (the value given here, false when null) and uses it whenever it is opened with null (see
    /// <see cref="RocksDbQuadStore.RecordUnionDefaultGraph"/> to change it); a <see cref="MemoryQuadStore"/> takes
    /// null as false. A value given when opening an existing store applies to that session only.
    /// </remarks>
    public bool? UnionDefaultGraph { get; init; }

    /// <summary>
    /// For stores on disk: when true (the default), <c>Commit</c> returns only after the write-ahead log is
    /// flushed to the device, so a committed transaction survives a power loss, not only a killed process.
    /// </summary>
    public bool SyncCommits { get; init; } = true;
}
