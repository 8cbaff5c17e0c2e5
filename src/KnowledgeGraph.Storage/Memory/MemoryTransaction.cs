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
    private MemorySnapshot? _view;

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
    }

    public override bool UnionDefaultGraph => _store.Options.UnionDefaultGraph;

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
        _view = null;
        for (int i = 0; i < keys.Length; i++)
        {
            _indexes[i].Insert(keys[i]);
        }
    }

    protected override void DeleteKeys(UInt128[] keys)
    {
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
}
