using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;
using KnowledgeGraph.Storage.Memory;
using KnowledgeGraph.Storage.OnDisk.Native;
using KnowledgeGraph.Storage.Terms;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// The write transaction of a <see cref="RocksDbQuadStore"/>. Every change goes into one RocksDB write batch,
/// written atomically on commit; reads see the snapshot taken at the start overlaid with in-memory trees of the keys
/// this transaction added and removed (read-your-writes). Dropping the batch is the rollback.
/// </summary>
internal sealed class RocksDbTransaction : QuadWriter
{
    private static readonly byte[] s_empty = [];

    private readonly RocksDbQuadStore _store;
    private readonly RocksDbReader _base;
    private readonly WriteBatchHandle _batch = new();
    private readonly BTreeWriter[] _added = new BTreeWriter[QuadKeys.OrderCount];
    private readonly BTreeWriter[] _removed = new BTreeWriter[QuadKeys.OrderCount];
    private readonly Dictionary<Term, long> _newIds = [];
    private readonly List<Term> _newTerms = [];
    private readonly List<DictionaryEntry> _newEntries = [];
    private readonly List<string> _bulkFiles = [];
    private readonly string _bulkStem = Guid.NewGuid().ToString("N");
    private readonly Dictionary<long, PredicateStatistics> _statistics = [];
    private readonly Dictionary<long, bool> _graphs = [];
    private readonly long _firstNewId;
    private long _quadDelta;
    private bool _bulk;
    private bool _ingest;
    private RocksDbTransactionView? _view;

    public RocksDbTransaction(RocksDbQuadStore store)
    {
        _store = store;
        _base = new RocksDbReader(store);
        _firstNewId = _base.NextId;
        for (int i = 0; i < QuadKeys.OrderCount; i++)
        {
            _added[i] = new BTreeWriter(BTreeWriter.Empty, 0);
            _removed[i] = new BTreeWriter(BTreeWriter.Empty, 0);
        }
    }

    public override bool UnionDefaultGraph => _store.UnionDefaultGraph;

    internal RocksDbReader Base => _base;

    internal long QuadCountNow => _base.QuadCount + _quadDelta;

    protected override long GetOrAddIdCore(Term term)
    {
        if (_newIds.TryGetValue(term, out long id) || _store.TryGetCachedId(term, out id))
        {
            return id;
        }

        // Parts first: a typed literal's datatype, a triple term's subject, predicate and object. A stored term's
        // parts are stored, so this adds nothing for a term that turns out to be stored.
        byte[] value = TermCodec.Encode(term, asKey: false, t => GetOrAddIdCore(t))!;
        byte[] key = TermCodec.KeyDiffersFromValue(term) ? TermCodec.Encode(term, asKey: true, t => GetOrAddIdCore(t))! : value;
        if (_base.TryGetIdOfKey(key, out id))
        {
            _store.CacheId(term, id);
            return id;
        }

        id = _firstNewId + _newTerms.Count;
        if (id > QuadKeys.MaxTermId)
        {
            throw new InvalidOperationException($"The store holds {QuadKeys.MaxTermId - 1} terms, the most it can.");
        }

        _newTerms.Add(term);
        _newIds.Add(term, id);
        _newEntries.Add(new DictionaryEntry(key, value));
        return id;
    }

    protected override bool TryGetIdCore(Term term, out long id)
    {
        if (_newIds.TryGetValue(term, out id) || _store.TryGetCachedId(term, out id))
        {
            return true;
        }

        if (_base.TryGetId(term, out id))
        {
            _store.CacheId(term, id);
            return true;
        }

        return false;
    }

    protected override Term GetTermCore(long id) =>
        id >= _firstNewId && id < _firstNewId + _newTerms.Count ? _newTerms[(int)(id - _firstNewId)] : _base.GetTerm(id);

    /// <summary>
    /// The bulk path: on a transaction with no other changes, writes the batch without the read overlay.
    /// After it the transaction only commits (its reads would miss the batch).
    /// </summary>
    internal override long AddBatch(UInt128[] spogKeys, int count)
    {
        ThrowIfFinished();
        if (_quadDelta != 0 || _added[0].Size != 0 || _removed[0].Size != 0 || _graphs.Count != 0 || _statistics.Count != 0)
        {
            return base.AddBatch(spogKeys, count);
        }

        _bulk = true;
        _ingest = count >= _store.MinimumIngestBatch;
        BulkInsert.Result result;
        using (var target = new RocksDbBulkTarget(_store, _base, _bulkStem, _bulkFiles, _ingest ? null : _batch))
        {
            result = BulkInsert.Run(target, _base.QuadCount == 0, _firstNewId, spogKeys, count);
            target.Finish();
        }

        foreach ((long predicate, PredicateStatistics delta) in result.StatisticsDelta)
        {
            _statistics[predicate] = BulkInsert.Apply(GetStatistics(predicate), delta);
        }

        _quadDelta += result.Added;
        return result.Added;
    }

    protected override QuadReader CurrentView()
    {
        ThrowIfBulk();
        if (_view is null)
        {
            var added = new BTreeNode[QuadKeys.OrderCount];
            var removed = new BTreeNode[QuadKeys.OrderCount];
            for (int i = 0; i < QuadKeys.OrderCount; i++)
            {
                added[i] = _added[i].Freeze();
                removed[i] = _removed[i].Freeze();
            }

            _view = new RocksDbTransactionView(this, added, removed, MergedExplicitGraphs());
        }

        return _view;
    }

    protected override bool ContainsKey(UInt128 spogKey)
    {
        ThrowIfBulk();
        int spog = (int)IndexOrder.Spog;
        if (BTree.Contains(_added[spog].Root, spogKey))
        {
            return true;
        }

        return !BTree.Contains(_removed[spog].Root, spogKey) && _base.Contains(IndexOrder.Spog, spogKey);
    }

    protected override bool AnyKey(IndexOrder order, UInt128 low, UInt128 high)
    {
        ThrowIfBulk();
        if (BTree.AnyInRange(_added[(int)order].Root, low, high))
        {
            return true;
        }

        BTreeNode removed = _removed[(int)order].Root;
        foreach (UInt128 key in _base.Scan(order, low, high))
        {
            if (!BTree.Contains(removed, key))
            {
                return true;
            }
        }

        return false;
    }

    protected override IEnumerable<UInt128> ScanCurrent(IndexOrder order, UInt128 low, UInt128 high) =>
        ((RocksDbTransactionView)CurrentView()).Scan(order, low, high);

    protected override void InsertKeys(UInt128[] keys)
    {
        ThrowIfBulk();
        _view = null;
        _quadDelta++;
        for (int i = 0; i < keys.Length; i++)
        {
            if (!_removed[i].Remove(keys[i]))
            {
                _added[i].Insert(keys[i]);
            }

            _batch.Put(_store.Index((IndexOrder)i), StoreLayout.IndexKey(keys[i]), s_empty);
        }
    }

    protected override void DeleteKeys(UInt128[] keys)
    {
        ThrowIfBulk();
        _view = null;
        _quadDelta--;
        for (int i = 0; i < keys.Length; i++)
        {
            if (!_added[i].Remove(keys[i]))
            {
                _removed[i].Insert(keys[i]);
            }

            _batch.Delete(_store.Index((IndexOrder)i), StoreLayout.IndexKey(keys[i]));
        }
    }

    protected override PredicateStatistics GetStatistics(long predicate) =>
        _statistics.TryGetValue(predicate, out PredicateStatistics statistics) ? statistics : _base.GetStatistics(predicate);

    protected override void SetStatistics(long predicate, PredicateStatistics statistics)
    {
        _view = null;
        _statistics[predicate] = statistics;
    }

    protected override bool IsExplicitGraph(long graph) =>
        _graphs.TryGetValue(graph, out bool exists) ? exists : _base.IsExplicitGraph(graph);

    protected override void SetExplicitGraph(long graph, bool exists)
    {
        _view = null;
        _graphs[graph] = exists;
    }

    protected override void CommitCore()
    {
        foreach ((long predicate, PredicateStatistics statistics) in _statistics)
        {
            if (statistics.Quads == 0)
            {
                _batch.Delete(_store.Statistics, StoreLayout.IdKey(predicate));
            }
            else
            {
                _batch.Put(_store.Statistics, StoreLayout.IdKey(predicate), StoreLayout.EncodeStatistics(statistics));
            }
        }

        foreach ((long graph, bool exists) in _graphs)
        {
            if (exists)
            {
                _batch.Put(_store.Graphs, StoreLayout.IdKey(graph), s_empty);
            }
            else
            {
                _batch.Delete(_store.Graphs, StoreLayout.IdKey(graph));
            }
        }

        if (_ingest)
        {
            WriteDictionaryFiles();
        }
        else
        {
            for (int i = 0; i < _newEntries.Count; i++)
            {
                byte[] idKey = StoreLayout.IdKey(_firstNewId + i);
                _batch.Put(_store.IdToTerm, idKey, _newEntries[i].Value);
                _batch.Put(_store.TermToId, _newEntries[i].Key, idKey);
            }
        }

        _batch.Put(_store.Meta, StoreLayout.NextIdKey, StoreLayout.Int64(_firstNewId + _newTerms.Count));
        _batch.Put(_store.Meta, StoreLayout.QuadCountKey, StoreLayout.Int64(QuadCountNow));
        _store.Commit(_batch, _bulkFiles);
        foreach ((Term term, long id) in _newIds)
        {
            _store.CacheId(term, id);
        }
    }

    protected override void Finish()
    {
        // Files of a bulk batch that did not commit (after a commit the list is empty).
        foreach (string file in _bulkFiles)
        {
            File.Delete(file);
        }

        _batch.Dispose();
        _base.Dispose();
        _store.EndTransaction();
    }

    internal PredicateStatistics StatisticsNow(long predicate) => GetStatistics(predicate);

    internal IEnumerable<(long Predicate, PredicateStatistics Statistics)> AllStatisticsNow()
    {
        foreach ((long predicate, PredicateStatistics statistics) in _base.AllStatistics())
        {
            if (!_statistics.ContainsKey(predicate))
            {
                yield return (predicate, statistics);
            }
        }

        foreach ((long predicate, PredicateStatistics statistics) in _statistics)
        {
            if (statistics.Quads != 0)
            {
                yield return (predicate, statistics);
            }
        }
    }

    internal bool TryGetIdNow(Term term, out long id) => TryGetIdCore(term, out id);

    internal Term GetTermNow(long id) => GetTermCore(id);

    /// <summary>
    /// A bulk batch's new terms go into SST files like its quads: id → term in id order (new ids are above every
    /// stored one), term → id sorted by key.
    /// </summary>
    private void WriteDictionaryFiles()
    {
        if (_newEntries.Count == 0)
        {
            return;
        }

        byte[] idKey = new byte[4];
        using (var ids = new BulkFile(_store.BulkDirectory, _bulkStem, StoreLayout.IdToTerm, _store.EnvOptions, _store.OptionsOf(StoreLayout.IdToTerm), _bulkFiles))
        {
            for (int i = 0; i < _newEntries.Count; i++)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(idKey, (uint)(_firstNewId + i));
                ids.Put(idKey, _newEntries[i].Value);
            }

            ids.Finish();
        }

        int[] order = [.. Enumerable.Range(0, _newEntries.Count)];
        Array.Sort(order, (x, y) => _newEntries[x].Key.AsSpan().SequenceCompareTo(_newEntries[y].Key));
        using var terms = new BulkFile(_store.BulkDirectory, _bulkStem, StoreLayout.TermToId, _store.EnvOptions, _store.OptionsOf(StoreLayout.TermToId), _bulkFiles);
        for (int i = 0; i < order.Length; i++)
        {
            // Equal keys would be equal terms, which have one id; an SST file must not repeat a key.
            if (i > 0 && _newEntries[order[i]].Key.AsSpan().SequenceEqual(_newEntries[order[i - 1]].Key))
            {
                continue;
            }

            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(idKey, (uint)(_firstNewId + order[i]));
            terms.Put(_newEntries[order[i]].Key, idKey);
        }

        terms.Finish();
    }

    private void ThrowIfBulk()
    {
        if (_bulk)
        {
            throw new InvalidOperationException("After a bulk add a transaction can only commit or roll back.");
        }
    }

    /// <summary>A new term's key form (term → id) and value form (id → term).</summary>
    private readonly record struct DictionaryEntry(byte[] Key, byte[] Value);

    private List<long> MergedExplicitGraphs()
    {
        var graphs = new SortedSet<long>(_base.ExplicitGraphs());
        foreach ((long graph, bool exists) in _graphs)
        {
            if (exists)
            {
                graphs.Add(graph);
            }
            else
            {
                graphs.Remove(graph);
            }
        }

        return [.. graphs];
    }
}
