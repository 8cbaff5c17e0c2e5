using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Storage.Indexing;

/// <summary>
/// The writing half that both stores' transactions share: encoding quads, keeping the six indexes, the
/// per-predicate statistics and the explicit graphs in step. A store supplies the primitive reads and writes.
/// Reads through the <see cref="IQuadSnapshot"/> members see the transaction's own writes.
/// </summary>
internal abstract class QuadWriter : IQuadTransaction
{
    private readonly UInt128[] _keys = new UInt128[QuadKeys.OrderCount];
    private bool _finished;

    public abstract bool UnionDefaultGraph { get; }

    public long QuadCount => View().QuadCount;

    public bool TryGetId(Term term, out long id)
    {
        ArgumentNullException.ThrowIfNull(term);
        ThrowIfFinished();
        return TryGetIdCore(term, out id);
    }

    public Term GetTerm(long id)
    {
        ThrowIfFinished();
        return GetTermCore(id);
    }

    public IEnumerable<EncodedQuad> Match(long subject, long predicate, long @object, long graph) =>
        View().Match(subject, predicate, @object, graph);

    public long EstimateCount(long subject, long predicate, long @object, long graph) =>
        View().EstimateCount(subject, predicate, @object, graph);

    public PredicateStatistics GetPredicateStatistics(long predicate)
    {
        ThrowIfFinished();
        return GetStatistics(predicate);
    }

    public IEnumerable<long> NamedGraphs() => View().NamedGraphs();

    public bool Add(Quad quad)
    {
        ThrowIfFinished();
        return AddEncoded(new EncodedQuad(
            GetOrAddId(quad.Subject),
            GetOrAddId(quad.Predicate),
            GetOrAddId(quad.Object),
            quad.Graph is null ? TermIds.DefaultGraph : GetOrAddId(quad.Graph)));
    }

    public bool Remove(Quad quad)
    {
        ThrowIfFinished();
        long g = TermIds.DefaultGraph;
        return TryGetIdCore(quad.Subject, out long s)
            && TryGetIdCore(quad.Predicate, out long p)
            && TryGetIdCore(quad.Object, out long o)
            && (quad.Graph is null || TryGetIdCore(quad.Graph, out g))
            && RemoveEncoded(new EncodedQuad(s, p, o, g));
    }

    public bool CreateGraph(Term graph)
    {
        ThrowIfFinished();
        CheckGraphName(graph);
        long g = GetOrAddId(graph);
        if (IsExplicitGraph(g) || HasQuadsIn(g))
        {
            return false;
        }

        SetExplicitGraph(g, true);
        return true;
    }

    public bool DropGraph(Term graph)
    {
        ThrowIfFinished();
        CheckGraphName(graph);
        if (!TryGetIdCore(graph, out long g))
        {
            return false;
        }

        bool existed = IsExplicitGraph(g);
        if (existed)
        {
            SetExplicitGraph(g, false);
        }

        var quads = new List<EncodedQuad>();
        foreach (UInt128 key in ScanCurrent(IndexOrder.Gspo, GraphLow(g), GraphHigh(g)))
        {
            quads.Add(QuadKeys.Decode(IndexOrder.Gspo, key));
        }

        foreach (EncodedQuad quad in quads)
        {
            RemoveEncoded(quad);
        }

        return existed || quads.Count > 0;
    }

    public void Commit()
    {
        ThrowIfFinished();
        CommitCore();
        _finished = true;
        Finish();
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _finished = true;
            Finish();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Adds a quad of ids (the bulk loader's way in); false when it was there.</summary>
    internal bool AddEncoded(in EncodedQuad quad)
    {
        if (ContainsKey(QuadKeys.Encode(IndexOrder.Spog, quad)))
        {
            return false;
        }

        uint s = (uint)quad.Subject, p = (uint)quad.Predicate, o = (uint)quad.Object;
        bool newSubject = !AnyKey(IndexOrder.Spog, QuadKeys.Pack(s, p, 0, 0), QuadKeys.Pack(s, p, uint.MaxValue, uint.MaxValue));
        bool newObject = !AnyKey(IndexOrder.Posg, QuadKeys.Pack(p, o, 0, 0), QuadKeys.Pack(p, o, uint.MaxValue, uint.MaxValue));
        FillKeys(quad);
        InsertKeys(_keys);
        PredicateStatistics old = GetStatistics(quad.Predicate);
        SetStatistics(quad.Predicate, new PredicateStatistics(
            old.Quads + 1,
            old.DistinctSubjects + (newSubject ? 1 : 0),
            old.DistinctObjects + (newObject ? 1 : 0)));
        return true;
    }

    /// <summary>
    /// Adds a batch of quads given as SPOG keys (the bulk loader's way in); the array is reordered. Returns how
    /// many were new. A store may then allow nothing but <see cref="Commit"/> on this transaction.
    /// </summary>
    internal virtual long AddBatch(UInt128[] spogKeys, int count)
    {
        ThrowIfFinished();
        Array.Sort(spogKeys, 0, count);
        long added = 0;
        for (int i = 0; i < count; i++)
        {
            if (AddEncoded(QuadKeys.Decode(IndexOrder.Spog, spogKeys[i])))
            {
                added++;
            }
        }

        return added;
    }

    /// <summary>Removes a quad of ids; false when it was not there.</summary>
    internal bool RemoveEncoded(in EncodedQuad quad)
    {
        if (!ContainsKey(QuadKeys.Encode(IndexOrder.Spog, quad)))
        {
            return false;
        }

        FillKeys(quad);
        DeleteKeys(_keys);
        uint s = (uint)quad.Subject, p = (uint)quad.Predicate, o = (uint)quad.Object;
        bool lostSubject = !AnyKey(IndexOrder.Spog, QuadKeys.Pack(s, p, 0, 0), QuadKeys.Pack(s, p, uint.MaxValue, uint.MaxValue));
        bool lostObject = !AnyKey(IndexOrder.Posg, QuadKeys.Pack(p, o, 0, 0), QuadKeys.Pack(p, o, uint.MaxValue, uint.MaxValue));
        PredicateStatistics old = GetStatistics(quad.Predicate);
        SetStatistics(quad.Predicate, new PredicateStatistics(
            old.Quads - 1,
            old.DistinctSubjects - (lostSubject ? 1 : 0),
            old.DistinctObjects - (lostObject ? 1 : 0)));
        return true;
    }

    internal long GetOrAddId(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return GetOrAddIdCore(term);
    }

    protected abstract long GetOrAddIdCore(Term term);

    protected abstract bool TryGetIdCore(Term term, out long id);

    protected abstract Term GetTermCore(long id);

    /// <summary>A snapshot of the transaction's current state, for reads.</summary>
    protected abstract QuadReader CurrentView();

    protected abstract bool ContainsKey(UInt128 spogKey);

    protected abstract bool AnyKey(IndexOrder order, UInt128 low, UInt128 high);

    /// <summary>The keys of an index in a range, as the transaction sees them now; not changed while enumerated.</summary>
    protected abstract IEnumerable<UInt128> ScanCurrent(IndexOrder order, UInt128 low, UInt128 high);

    /// <summary>Writes the keys of one quad, indexed by <see cref="IndexOrder"/>.</summary>
    protected abstract void InsertKeys(UInt128[] keys);

    protected abstract void DeleteKeys(UInt128[] keys);

    protected abstract PredicateStatistics GetStatistics(long predicate);

    /// <summary>Records new statistics; all-zero statistics mean the predicate is gone.</summary>
    protected abstract void SetStatistics(long predicate, PredicateStatistics statistics);

    protected abstract bool IsExplicitGraph(long graph);

    protected abstract void SetExplicitGraph(long graph, bool exists);

    protected abstract void CommitCore();

    /// <summary>Ends the transaction after a commit or a rollback: lets the next writer in.</summary>
    protected abstract void Finish();

    protected void ThrowIfFinished()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The transaction has been committed or rolled back.");
        }
    }

    private QuadReader View()
    {
        ThrowIfFinished();
        return CurrentView();
    }

    private bool HasQuadsIn(long graph) => AnyKey(IndexOrder.Gspo, GraphLow(graph), GraphHigh(graph));

    private static UInt128 GraphLow(long graph) => QuadKeys.Pack((uint)graph, 0, 0, 0);

    private static UInt128 GraphHigh(long graph) => QuadKeys.Pack((uint)graph, uint.MaxValue, uint.MaxValue, uint.MaxValue);

    private static void CheckGraphName(Term graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.Kind is not (TermKind.Iri or TermKind.BlankNode))
        {
            throw new ArgumentException($"A graph name must be an IRI or a blank node, not {graph}.", nameof(graph));
        }
    }

    private void FillKeys(in EncodedQuad quad)
    {
        for (int i = 0; i < QuadKeys.OrderCount; i++)
        {
            _keys[i] = QuadKeys.Encode((IndexOrder)i, quad);
        }
    }
}
