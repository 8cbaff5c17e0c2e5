using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;
using KnowledgeGraph.Storage.Memory;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// What a <see cref="RocksDbTransaction"/> sees at one moment: its base snapshot minus the keys it removed plus the
/// keys it added (frozen trees, so later writes do not disturb an enumeration).
/// </summary>
internal sealed class RocksDbTransactionView : QuadReader
{
    private readonly RocksDbTransaction _transaction;
    private readonly BTreeNode[] _added;
    private readonly BTreeNode[] _removed;
    private readonly List<long> _explicitGraphs;

    public RocksDbTransactionView(RocksDbTransaction transaction, BTreeNode[] added, BTreeNode[] removed, List<long> explicitGraphs)
        : base(transaction.UnionDefaultGraph)
    {
        _transaction = transaction;
        _added = added;
        _removed = removed;
        _explicitGraphs = explicitGraphs;
        QuadCount = transaction.QuadCountNow;
    }

    public override long QuadCount { get; }

    public override bool TryGetId(Term term, out long id) => _transaction.TryGetIdNow(term, out id);

    public override Term GetTerm(long id) => _transaction.GetTermNow(id);

    public override PredicateStatistics GetPredicateStatistics(long predicate) => _transaction.StatisticsNow(predicate);

    public override void Dispose()
    {
    }

    internal override IEnumerable<UInt128> Scan(IndexOrder order, UInt128 low, UInt128 high)
    {
        BTreeNode removed = _removed[(int)order];
        bool anyRemoved = removed.Count > 0;
        using IEnumerator<UInt128> stored = _transaction.Base.Scan(order, low, high).GetEnumerator();
        using IEnumerator<UInt128> added = BTree.Scan(_added[(int)order], low, high).GetEnumerator();
        bool hasStored = NextStored(stored, removed, anyRemoved), hasAdded = added.MoveNext();
        while (hasStored || hasAdded)
        {
            // Added keys are never in the base, so the two streams never hold the same key.
            if (hasStored && (!hasAdded || stored.Current < added.Current))
            {
                yield return stored.Current;
                hasStored = NextStored(stored, removed, anyRemoved);
            }
            else
            {
                yield return added.Current;
                hasAdded = added.MoveNext();
            }
        }
    }

    internal override long Count(IndexOrder order, UInt128 low, UInt128 high)
    {
        long count = _transaction.Base.Count(order, low, high)
            + BTree.CountRange(_added[(int)order], _added[(int)order].Size, low, high)
            - BTree.CountRange(_removed[(int)order], _removed[(int)order].Size, low, high);
        return Math.Max(0, count);
    }

    internal override IEnumerable<long> ExplicitGraphs() => _explicitGraphs;

    internal override IEnumerable<(long Predicate, PredicateStatistics Statistics)> AllPredicateStatistics() => _transaction.AllStatisticsNow();

    private static bool NextStored(IEnumerator<UInt128> stored, BTreeNode removed, bool anyRemoved)
    {
        while (stored.MoveNext())
        {
            if (!anyRemoved || !BTree.Contains(removed, stored.Current))
            {
                return true;
            }
        }

        return false;
    }
}
