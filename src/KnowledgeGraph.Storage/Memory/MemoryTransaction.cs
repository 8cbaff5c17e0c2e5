using System.Collections.Immutable;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;

namespace KnowledgeGraph.Storage.Memory;

/// <summary>
/// The write transaction of a <see cref="MemoryQuadStore"/>: copy-on-write trees over the committed state.
/// Reads freeze the trees first (later writes copy again), so an enumeration never sees a later write.
/// </summary>
internal sealed class MemoryTransaction : QuadWriter
{
    private readonly MemoryQuadStore _store;
    private readonly MemoryTermDictionary _terms;
    private readonly BTreeWriter[] _indexes = new BTreeWriter[QuadKeys.OrderCount];
    private readonly ImmutableDictionary<long, PredicateStatistics>.Builder _statistics;
    private readonly ImmutableSortedSet<long>.Builder _graphs;
    private readonly long _firstNewId;
    private MemorySnapshot? _view;
    private bool _quadsChanged;

    public MemoryTransaction(MemoryQuadStore store, MemoryTermDictionary terms, MemoryState state)
    {
        _store = store;
        _terms = terms;
        for (int i = 0; i < _indexes.Length; i++)
        {
            _indexes[i] = new BTreeWriter(state.Roots[i], state.QuadCount);
        }

        _statistics = state.Statistics.ToBuilder();
        _graphs = state.ExplicitGraphs.ToBuilder();
        _firstNewId = terms.NextId;
    }

    public override bool UnionDefaultGraph => _store.Options.UnionDefaultGraph ?? false;

    /// <summary>The bulk path; the transaction stays fully usable afterwards.</summary>
    internal override long AddBatch(UInt128[] spogKeys, int count)
    {
        ThrowIfFinished();
        MemoryState start = Freeze();

        // Terms new in this transaction prove a quad new only while the transaction has not changed quads yet.
        long firstNewId = _quadsChanged ? long.MaxValue : _firstNewId;
        _quadsChanged = true;
        BulkInsert.Result result = BulkInsert.Run(new BulkTarget(this, start), start.QuadCount == 0, firstNewId, spogKeys, count);
        foreach ((long predicate, PredicateStatistics delta) in result.StatisticsDelta)
        {
            _statistics[predicate] = BulkInsert.Apply(GetStatistics(predicate), delta);
        }

        _view = null;
        return result.Added;
    }

    protected override long GetOrAddIdCore(Term term) => _terms.GetOrAdd(term);

    protected override bool TryGetIdCore(Term term, out long id) => _terms.TryGetId(term, out id);

    protected override Term GetTermCore(long id) => _terms.GetTerm(id);

    protected override QuadReader CurrentView() => _view ??= new MemorySnapshot(_terms, Freeze(), UnionDefaultGraph);

    protected override bool ContainsKey(UInt128 spogKey) => BTree.Contains(_indexes[(int)IndexOrder.Spog].Root, spogKey);

    protected override bool AnyKey(IndexOrder order, UInt128 low, UInt128 high) => BTree.AnyInRange(_indexes[(int)order].Root, low, high);

    // Frozen first, so the removals that follow copy rather than change what is being enumerated.
    protected override IEnumerable<UInt128> ScanCurrent(IndexOrder order, UInt128 low, UInt128 high) =>
        BTree.Scan(Freeze().Roots[(int)order], low, high);

    protected override void InsertKeys(UInt128[] keys)
    {
        _quadsChanged = true;
        _view = null;
        for (int i = 0; i < keys.Length; i++)
        {
            _indexes[i].Insert(keys[i]);
        }
    }

    protected override void DeleteKeys(UInt128[] keys)
    {
        _quadsChanged = true;
        _view = null;
        for (int i = 0; i < keys.Length; i++)
        {
            _indexes[i].Remove(keys[i]);
        }
    }

    protected override PredicateStatistics GetStatistics(long predicate) =>
        _statistics.TryGetValue(predicate, out PredicateStatistics statistics) ? statistics : default;

    protected override void SetStatistics(long predicate, PredicateStatistics statistics)
    {
        _view = null;
        if (statistics.Quads == 0)
        {
            _statistics.Remove(predicate);
        }
        else
        {
            _statistics[predicate] = statistics;
        }
    }

    protected override bool IsExplicitGraph(long graph) => _graphs.Contains(graph);

    protected override void SetExplicitGraph(long graph, bool exists)
    {
        _view = null;
        if (exists)
        {
            _graphs.Add(graph);
        }
        else
        {
            _graphs.Remove(graph);
        }
    }

    protected override void CommitCore() => _store.Publish(Freeze());

    protected override void Finish() => _store.EndTransaction();

    private MemoryState Freeze()
    {
        var roots = new BTreeNode[_indexes.Length];
        for (int i = 0; i < roots.Length; i++)
        {
            roots[i] = _indexes[i].Freeze();
        }

        return new MemoryState(roots, _indexes[0].Size, _statistics.ToImmutable(), _graphs.ToImmutable());
    }

    /// <summary>Reads the frozen state before the batch; writes the working trees.</summary>
    private sealed class BulkTarget(MemoryTransaction transaction, MemoryState before) : IBulkTarget
    {
        public bool StoredContains(UInt128 spogKey) => BTree.Contains(before.Roots[(int)IndexOrder.Spog], spogKey);

        public bool StoredAny(IndexOrder order, UInt128 low, UInt128 high) => BTree.AnyInRange(before.Roots[(int)order], low, high);

        public void Put(IndexOrder order, UInt128 key) => transaction._indexes[(int)order].InsertNew(key);

        public void PutSorted(IndexOrder order, ReadOnlySpan<UInt128> keys) => transaction._indexes[(int)order].InsertSorted(keys);
    }
}
