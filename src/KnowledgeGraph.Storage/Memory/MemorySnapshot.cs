using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;

namespace KnowledgeGraph.Storage.Memory;

/// <summary>A read-only view of one <see cref="MemoryState"/>; it holds no locks and needs no disposal.</summary>
internal sealed class MemorySnapshot : QuadReader
{
    private readonly MemoryTermDictionary _terms;
    private readonly MemoryState _state;

    public MemorySnapshot(MemoryTermDictionary terms, MemoryState state, bool unionDefaultGraph)
        : base(unionDefaultGraph)
    {
        _terms = terms;
        _state = state;
    }

    public override long QuadCount => _state.QuadCount;

    public override bool TryGetId(Term term, out long id)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _terms.TryGetId(term, out id);
    }

    public override Term GetTerm(long id) => _terms.GetTerm(id);

    public override PredicateStatistics GetPredicateStatistics(long predicate) =>
        _state.Statistics.TryGetValue(predicate, out PredicateStatistics statistics) ? statistics : default;

    public override void Dispose()
    {
    }

    internal override IEnumerable<UInt128> Scan(IndexOrder order, UInt128 low, UInt128 high) =>
        BTree.Scan(_state.Roots[(int)order], low, high);

    internal override long Count(IndexOrder order, UInt128 low, UInt128 high) =>
        BTree.CountRange(_state.Roots[(int)order], _state.QuadCount, low, high);

    internal override bool Any(IndexOrder order, UInt128 low, UInt128 high) =>
        BTree.AnyInRange(_state.Roots[(int)order], low, high);

    internal override IEnumerable<long> ExplicitGraphs() => _state.ExplicitGraphs;

    internal override IEnumerable<(long Predicate, PredicateStatistics Statistics)> AllPredicateStatistics() =>
        _state.Statistics.Select(entry => (entry.Key, entry.Value));
}
