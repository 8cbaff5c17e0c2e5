using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;
using KnowledgeGraph.Storage.OnDisk.Native;
using KnowledgeGraph.Storage.Terms;

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
    private readonly SnapshotHandle _snapshot;
    private readonly ReadOptionsHandle _read;

    // The iterators not scanning now, by index order (guarded by itself); disposed with the reader.
    private readonly Stack<IndexIterator>[] _idle = [.. Enumerable.Range(0, QuadKeys.OrderCount).Select(_ => new Stack<IndexIterator>())];
    private readonly KeyGroupCache? _groups;
    private int _disposed;

    public RocksDbReader(RocksDbQuadStore store)
    {
        _store = store;
        store.Register(this);
        // The group cache of the committed state this snapshot sees; none when a commit ran meanwhile.
        KeyGroupCache? groups = store.Groups;
        _snapshot = store.CreateSnapshot();
        Interlocked.MemoryBarrier();
        _groups = ReferenceEquals(groups, store.Groups) ? groups : null;
        _read = new ReadOptionsHandle(_snapshot);
        QuadCount = ReadMeta(StoreLayout.QuadCountKey);
        NextId = Math.Max(ReadMeta(StoreLayout.NextIdKey), TermIds.DefaultGraph + 1);
    }

    public long QuadCount { get; }

    /// <summary>The id the next new term gets.</summary>
    public long NextId { get; }

    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>The RocksDB iterators this reader has made so far (for tests and measurements).</summary>
    public int IteratorsMade { get; private set; }

    public bool Contains(IndexOrder order, UInt128 key) =>
        _store.Db.Get(_read, _store.Index(order), StoreLayout.IndexKey(key)) is not null;

    /// <summary>An iterator over a whole index at this snapshot; the caller disposes it.</summary>
    public IteratorHandle NewIterator(IndexOrder order) => _store.Db.NewIterator(_store.Index(order), _read);

    /// <summary>
    /// The keys of an index in [low, high], in order. A range that binds two or more leading ids is answered from
    /// the store's <see cref="KeyGroupCache"/> when its group (two, else three leading ids) is cached; a group is read
    /// whole and cached the second time a lookup falls into it (the first time only the range is read, so one-off
    /// lookups cost no more than a seek). Other ranges are read with one of the reader's reused iterators.
    /// </summary>
    public IEnumerable<UInt128> Scan(IndexOrder order, UInt128 low, UInt128 high)
    {
        KeyGroupCache? groups = _groups;
        int bound = groups is null ? 0 : KeyGroupCache.BoundPositions(low, high);
        for (int level = 2; level <= Math.Min(bound, 3); level++)
        {
            UInt128 groupLow = KeyGroupCache.GroupLow(low, level);
            if (groups!.TryGet(order, level, groupLow, out UInt128[]? keys))
            {
                if (keys is not null)
                {
                    return KeyGroupCache.Slice(keys, low, high);
                }
            }
            else if (groups.Admit(order, level, groupLow))
            {
                return ScanGroup(groups, order, low, high, level, bound);
            }
        }

        return ScanRange(order, low, high);
    }

    /// <summary>
    /// Reads the group of [low, high] at <paramref name="level"/> and caches it, or marks it as large and goes on as
    /// <see cref="Scan"/> does (the next level); when the range is the large group itself, the keys already read are
    /// not read again.
    /// </summary>
    private IEnumerable<UInt128> ScanGroup(KeyGroupCache groups, IndexOrder order, UInt128 low, UInt128 high, int level, int bound)
    {
        UInt128 groupLow = KeyGroupCache.GroupLow(low, level);
        IndexIterator iterator = Rent(order);
        UInt128[]? keys = null;
        try
        {
            iterator.Seek(groupLow, KeyGroupCache.GroupHigh(low, level));
            int count = iterator.Read(iterator.Buffer);
            if (!iterator.Valid)
            {
                keys = iterator.Buffer.AsSpan(0, count).ToArray();
            }

            groups.Set(order, level, groupLow, keys);
            if (keys is null && level == bound)
            {
                // The range is this group: go on from the keys already read.
                for (int i = 0; i < count; i++)
                {
                    yield return iterator.Buffer[i];
                }

                while (iterator.Valid)
                {
                    yield return iterator.Key;
                    iterator.Next();
                }

                yield break;
            }
        }
        finally
        {
            Return(order, iterator);
        }

        foreach (UInt128 key in keys is null ? Scan(order, low, high) : KeyGroupCache.Slice(keys, low, high))
        {
            yield return key;
        }
    }

    /// <summary>The keys of an index in [low, high], read with one of the reader's reused iterators.</summary>
    private IEnumerable<UInt128> ScanRange(IndexOrder order, UInt128 low, UInt128 high)
    {
        IndexIterator iterator = Rent(order);
        try
        {
            iterator.Seek(low, high);
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
        byte[]? value = key is null ? null : _store.Db.Get(_read, _store.TermToId, key);
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
        byte[]? value = _store.Db.Get(_read, _store.TermToId, key);
        id = value is null ? 0 : StoreLayout.ReadId(value);
        return value is not null;
    }

    public Term GetTerm(long id)
    {
        if (_store.Terms.TryGet(id, out Term? cached))
        {
            return cached;
        }

        byte[]? value = id > TermIds.DefaultGraph && id <= QuadKeys.MaxTermId ? _store.Db.Get(_read, _store.IdToTerm, StoreLayout.IdKey(id)) : null;
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
        byte[]? value = QuadKeys.IsStorable(predicate) ? _store.Db.Get(_read, _store.Statistics, StoreLayout.IdKey(predicate)) : null;
        return value is null ? default : StoreLayout.DecodeStatistics(value);
    }

    public IEnumerable<(long Predicate, PredicateStatistics Statistics)> AllStatistics()
    {
        using IteratorHandle iterator = _store.Db.NewIterator(_store.Statistics, _read);
        iterator.SeekToFirst();
        while (iterator.Valid)
        {
            yield return (StoreLayout.ReadId(iterator.Key), StoreLayout.DecodeStatistics(iterator.Value));
            iterator.Next();
        }
    }

    public bool IsExplicitGraph(long graph) =>
        QuadKeys.IsStorable(graph) && _store.Db.Get(_read, _store.Graphs, StoreLayout.IdKey(graph)) is not null;

    public IEnumerable<long> ExplicitGraphs()
    {
        using IteratorHandle iterator = _store.Db.NewIterator(_store.Graphs, _read);
        iterator.SeekToFirst();
        while (iterator.Valid)
        {
            yield return StoreLayout.ReadId(iterator.Key);
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

            // The snapshot is released once the read options and iterators using it are too.
            _read.Dispose();
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

            IteratorsMade++;
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
        byte[]? value = _store.Db.Get(_read, _store.Meta, key);
        return value is null ? 0 : StoreLayout.ReadInt64(value);
    }
}
