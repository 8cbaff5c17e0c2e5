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

    // The iterators not scanning now, by index order (guarded by itself); disposed with the reader.
    private readonly Stack<IndexIterator>[] _idle = [.. Enumerable.Range(0, QuadKeys.OrderCount).Select(_ => new Stack<IndexIterator>())];
    private readonly ScanMemo _memo = new();
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

    /// <summary>
    /// The keys of an index in [low, high], in order. A range of at most <see cref="ScanMemo.MaxKeys"/> keys is read
    /// whole at once and remembered for this snapshot, and its iterator goes back to the pool before the first key is
    /// returned, so the next lookup (often the next pattern of a join, on the same subject) reuses it.
    /// </summary>
    public IEnumerable<UInt128> Scan(IndexOrder order, UInt128 low, UInt128 high) =>
        _memo.TryGet(order, low, high, out UInt128[] keys) ? keys : ScanStored(order, low, high);

    private IEnumerable<UInt128> ScanStored(IndexOrder order, UInt128 low, UInt128 high)
    {
        IndexIterator? iterator = Rent(order);
        UInt128[] first;
        try
        {
            iterator.Seek(low, high);
            int count = iterator.Read(iterator.Buffer);
            if (!iterator.Valid)
            {
                // The whole range is read: remember it and release the iterator.
                first = count == 0 ? [] : iterator.Buffer.AsSpan(0, count).ToArray();
                _memo.Set(order, low, high, first);
                Return(order, iterator);
                iterator = null;
            }
            else
            {
                first = iterator.Buffer;
            }
        }
        catch
        {
            if (iterator is not null)
            {
                Return(order, iterator);
            }

            throw;
        }

        if (iterator is null)
        {
            foreach (UInt128 key in first)
            {
                yield return key;
            }

            yield break;
        }

        try
        {
            for (int i = 0; i < first.Length; i++)
            {
                yield return first[i];
            }

            while (iterator.Valid)
            {
                yield return iterator.Key;
                iterator.Next();
            }
        }
        finally
        {
            Return(order, iterator);
        }
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
        if (_store.Ids.TryGet(term, out id))
        {
            if (id < NextId)
            {
                return true;
            }

            // The term was added after this snapshot was taken.
            id = 0;
            return false;
        }

        byte[]? key = TermCodec.Encode(term, asKey: true, t => TryGetId(t, out long part) ? part : null);
        byte[]? value = key is null ? null : _store.Db.Get(key, _store.TermToId, _read);
        if (value is null)
        {
            return false;
        }

        id = StoreLayout.ReadId(value);
        _store.Ids.Set(term, id);
        return true;
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
            lock (_idle)
            {
                // Iterators still scanning are disposed when their scan ends (Return).
                foreach (Stack<IndexIterator> idle in _idle)
                {
                    while (idle.TryPop(out IndexIterator? iterator))
                    {
                        iterator.Dispose();
                    }
                }
            }

            _snapshot.Dispose();
            _store.Unregister(this);
        }
    }

    private IndexIterator Rent(IndexOrder order)
    {
        lock (_idle)
        {
            ObjectDisposedException.ThrowIf(IsDisposed, this);
            if (_idle[(int)order].TryPop(out IndexIterator? idle))
            {
                return idle;
            }

            return new IndexIterator(_store.Db, _store.Index(order), _snapshot);
        }
    }

    private void Return(IndexOrder order, IndexIterator iterator)
    {
        lock (_idle)
        {
            if (IsDisposed)
            {
                iterator.Dispose();
            }
            else
            {
                _idle[(int)order].Push(iterator);
            }
        }
    }

    private long ReadMeta(byte[] key)
    {
        byte[]? value = _store.Db.Get(key, _store.Meta, _read);
        return value is null ? 0 : StoreLayout.ReadInt64(value);
    }
}
