using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;
using KnowledgeGraph.Storage.Terms;
using RocksDbSharp;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// Reads one RocksDB snapshot of a store: index ranges, the term dictionary, statistics and metadata.
/// Safe for concurrent use; the snapshot is released on dispose.
/// </summary>
internal sealed class RocksDbReader : IDisposable
{
    /// <summary>Ranges with at most this many keys are counted exactly; larger ones are estimated from sizes.</summary>
    public const int ExactCountLimit = 128;

    private static readonly byte[] s_lowestKey = new byte[QuadKeys.KeyBytes];
    private static readonly byte[] s_highestKey = Enumerable.Repeat((byte)0xFF, QuadKeys.KeyBytes).ToArray();

    private readonly RocksDbQuadStore _store;
    private readonly Snapshot _snapshot;
    private readonly ReadOptions _read;
    private int _disposed;

    public RocksDbReader(RocksDbQuadStore store)
    {
        _store = store;
        store.Register(this);
        _snapshot = store.CreateSnapshot();
        _read = new ReadOptions().SetSnapshot(_snapshot);
        QuadCount = ReadMeta(StoreLayout.QuadCountKey);
        NextId = Math.Max(ReadMeta(StoreLayout.NextIdKey), TermIds.DefaultGraph + 1);
    }

    public long QuadCount { get; }

    /// <summary>The id the next new term gets.</summary>
    public long NextId { get; }

    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    public bool Contains(IndexOrder order, UInt128 key) =>
        _store.Db.Get(StoreLayout.IndexKey(key), _store.Index(order), _read) is not null;

    /// <summary>An iterator over a whole index at this snapshot; the caller disposes it.</summary>
    public Iterator NewIterator(IndexOrder order) => _store.Db.NewIterator(_store.Index(order), _read);

    public IEnumerable<UInt128> Scan(IndexOrder order, UInt128 low, UInt128 high)
    {
        byte[] lower = StoreLayout.IndexKey(low);
        ReadOptions options = new ReadOptions().SetSnapshot(_snapshot).SetIterateLowerBound(lower);
        byte[]? upper = high == UInt128.MaxValue ? null : StoreLayout.IndexKey(high + 1);
        if (upper is not null)
        {
            options.SetIterateUpperBound(upper);
        }

        using Iterator iterator = _store.Db.NewIterator(_store.Index(order), options);
        iterator.Seek(lower);
        while (iterator.Valid())
        {
            yield return QuadKeys.Read(iterator.GetKeySpan());
            iterator.Next();
        }

        GC.KeepAlive(upper);
    }

    public bool Any(IndexOrder order, UInt128 low, UInt128 high)
    {
        foreach (UInt128 _ in Scan(order, low, high))
        {
            return true;
        }

        return false;
    }

    /// <summary>Exact up to <see cref="ExactCountLimit"/>; beyond, the range's share of the index's bytes.</summary>
    public long Count(IndexOrder order, UInt128 low, UInt128 high)
    {
        if (low == UInt128.Zero && high == UInt128.MaxValue)
        {
            return QuadCount;
        }

        long counted = 0;
        foreach (UInt128 _ in Scan(order, low, high))
        {
            if (++counted > ExactCountLimit)
            {
                break;
            }
        }

        if (counted <= ExactCountLimit)
        {
            return counted;
        }

        byte[] upper = high == UInt128.MaxValue ? s_highestKey : StoreLayout.IndexKey(high + 1);
        (ulong range, ulong all) = _store.ApproximateSizes(order, StoreLayout.IndexKey(low), upper, s_lowestKey, s_highestKey);
        long estimate = all == 0 ? counted : (long)(QuadCount * ((double)range / all));
        return Math.Clamp(estimate, counted, Math.Max(counted, QuadCount));
    }

    public bool TryGetId(Term term, out long id)
    {
        byte[]? key = TermCodec.Encode(term, asKey: true, t => TryGetId(t, out long part) ? part : null);
        byte[]? value = key is null ? null : _store.Db.Get(key, _store.TermToId, _read);
        id = value is null ? 0 : StoreLayout.ReadId(value);
        return value is not null;
    }

    /// <summary>The id of a term given in its key form (<see cref="TermCodec"/>).</summary>
    public bool TryGetIdOfKey(byte[] key, out long id)
    {
        byte[]? value = _store.Db.Get(key, _store.TermToId, _read);
        id = value is null ? 0 : StoreLayout.ReadId(value);
        return value is not null;
    }

    public Term GetTerm(long id)
    {
        if (_store.Terms.TryGet(id, out Term cached))
        {
            return cached;
        }

        byte[]? value = id > TermIds.DefaultGraph && id <= QuadKeys.MaxTermId ? _store.Db.Get(StoreLayout.IdKey(id), _store.IdToTerm, _read) : null;
        if (value is null)
        {
            throw new KeyNotFoundException($"No term has id {id} in this store.");
        }

        Term term = TermCodec.Decode(value, GetTerm);
        _store.Terms.Set(id, term);
        return term;
    }

    public PredicateStatistics GetStatistics(long predicate)
    {
        byte[]? value = QuadKeys.IsStorable(predicate) ? _store.Db.Get(StoreLayout.IdKey(predicate), _store.Statistics, _read) : null;
        return value is null ? default : StoreLayout.DecodeStatistics(value);
    }

    public IEnumerable<(long Predicate, PredicateStatistics Statistics)> AllStatistics()
    {
        using Iterator iterator = _store.Db.NewIterator(_store.Statistics, _read);
        iterator.SeekToFirst();
        while (iterator.Valid())
        {
            yield return (StoreLayout.ReadId(iterator.GetKeySpan()), StoreLayout.DecodeStatistics(iterator.GetValueSpan()));
            iterator.Next();
        }
    }

    public bool IsExplicitGraph(long graph) =>
        QuadKeys.IsStorable(graph) && _store.Db.Get(StoreLayout.IdKey(graph), _store.Graphs, _read) is not null;

    public IEnumerable<long> ExplicitGraphs()
    {
        using Iterator iterator = _store.Db.NewIterator(_store.Graphs, _read);
        iterator.SeekToFirst();
        while (iterator.Valid())
        {
            yield return StoreLayout.ReadId(iterator.GetKeySpan());
            iterator.Next();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _snapshot.Dispose();
            _store.Unregister(this);
        }
    }

    private long ReadMeta(byte[] key)
    {
        byte[]? value = _store.Db.Get(key, _store.Meta, _read);
        return value is null ? 0 : StoreLayout.ReadInt64(value);
    }
}
