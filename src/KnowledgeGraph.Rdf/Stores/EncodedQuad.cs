namespace KnowledgeGraph.Rdf.Stores;

/// <summary>
/// A quad of dictionary-encoded term ids. Term ids are positive; <see cref="TermIds.DefaultGraph"/> names the default graph.
/// </summary>
public readonly record struct EncodedQuad(long Subject, long Predicate, long Object, long Graph);
