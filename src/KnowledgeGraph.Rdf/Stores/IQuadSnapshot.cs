namespace KnowledgeGraph.Rdf.Stores;

/// <summary>
/// A consistent, read-only view of a dictionary-encoded quad store: what the SPARQL evaluator sees of a store.
/// A snapshot never changes while it is open, whatever writers do meanwhile.
/// </summary>
public interface IQuadSnapshot : IDisposable
{
    /// <summary>
    /// When true, the default graph is the union (RDF merge without blank node renaming) of all graphs:
    /// a pattern on <see cref="TermIds.DefaultGraph"/> matches each distinct triple of any graph once.
    /// </summary>
    bool UnionDefaultGraph { get; }

    /// <summary>The id of a term the store holds; false when the store has never seen the term.</summary>
    bool TryGetId(Term term, out long id);

    /// <summary>The term behind an id that this store handed out.</summary>
    Term GetTerm(long id);

    /// <summary>
    /// The quads matching a pattern of ids; <see cref="TermIds.Any"/> in a position matches anything, and the graph
    /// position also takes <see cref="TermIds.DefaultGraph"/> and <see cref="TermIds.AnyNamedGraph"/>.
    /// Results come in the order of the index chosen and are streamed, never materialised.
    /// </summary>
    IEnumerable<EncodedQuad> Match(long subject, long predicate, long @object, long graph);

    /// <summary>An estimate of how many quads <see cref="Match"/> returns, cheap enough to call while planning.</summary>
    long EstimateCount(long subject, long predicate, long @object, long graph);

    /// <summary>The statistics for a predicate, over all graphs.</summary>
    PredicateStatistics GetPredicateStatistics(long predicate);

    /// <summary>The ids of the named graphs that hold at least one quad or were created explicitly.</summary>
    IEnumerable<long> NamedGraphs();

    /// <summary>The number of quads in the store.</summary>
    long QuadCount { get; }
}
