namespace KnowledgeGraph.Storage.Indexing;

/// <summary>What a scan does with the graph position beyond its key range.</summary>
internal enum GraphFilter
{
    /// <summary>Every key in range matches.</summary>
    None,

    /// <summary>Keys of the default graph are skipped (<c>GRAPH ?g</c>).</summary>
    NamedOnly,

    /// <summary>
    /// The union default graph: the index has the graph last, so equal triples of different graphs are adjacent
    /// and all but the first are skipped; results report the default graph.
    /// </summary>
    UnionDistinct,
}
