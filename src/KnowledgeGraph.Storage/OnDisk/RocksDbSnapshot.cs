using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>A snapshot of a <see cref="RocksDbQuadStore"/>: a RocksDB snapshot, released on dispose.</summary>
internal sealed class RocksDbSnapshot : QuadReader
{
    private readonly RocksDbReader _reader;

    public RocksDbSnapshot(RocksDbReader reader, bool unionDefaultGraph)
        : base(unionDefaultGraph)
    {
        _reader = reader;
    }

    public override long QuadCount
    {
        get
        {
            ThrowIfDisposed();
            return _reader.QuadCount;
        }
    }

    public override bool TryGetId(Term term, out long id)
    {
        ArgumentNullException.ThrowIfNull(term);
        ThrowIfDisposed();
        return _reader.TryGetId(term, out id);
    }

    public override Term GetTerm(long id)
    {
        ThrowIfDisposed();
        return _reader.GetTerm(id);
    }

    public override PredicateStatistics GetPredicateStatistics(long predicate)
    {
        ThrowIfDisposed();
        return _reader.GetStatistics(predicate);
    }

    public override void Dispose() => _reader.Dispose();

    internal override IEnumerable<UInt128> Scan(IndexOrder order, UInt128 low, UInt128 high) => _reader.Scan(order, low, high);

    internal override long Count(IndexOrder order, UInt128 low, UInt128 high) => _reader.Count(order, low, high);

    internal override bool Any(IndexOrder order, UInt128 low, UInt128 high) => _reader.Any(order, low, high);

    internal override IEnumerable<long> ExplicitGraphs() => _reader.ExplicitGraphs();

    internal override IEnumerable<(long Predicate, PredicateStatistics Statistics)> AllPredicateStatistics() => _reader.AllStatistics();

    protected override void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_reader.IsDisposed, this);
}
