using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Storage.Indexing;

/// <summary>
/// The reading half of a snapshot that both stores share: pattern planning, graph filtering, union-graph
/// deduplication and decoding. A store supplies range scans and range counts over its six indexes.
/// </summary>
internal abstract class QuadReader : IQuadSnapshot
{
    protected QuadReader(bool unionDefaultGraph)
    {
        UnionDefaultGraph = unionDefaultGraph;
    }

    public bool UnionDefaultGraph { get; }

    public abstract long QuadCount { get; }

    public abstract bool TryGetId(Term term, out long id);

    public abstract Term GetTerm(long id);

    public abstract PredicateStatistics GetPredicateStatistics(long predicate);

    public abstract void Dispose();

    /// <summary>The keys of an index in [low, high], in order.</summary>
    internal abstract IEnumerable<UInt128> Scan(IndexOrder order, UInt128 low, UInt128 high);

    /// <summary>The number of keys of an index in [low, high], or an estimate of it when counting is not cheap.</summary>
    internal abstract long Count(IndexOrder order, UInt128 low, UInt128 high);

    /// <summary>The named graphs created explicitly, in id order.</summary>
    internal abstract IEnumerable<long> ExplicitGraphs();

    /// <summary>Every predicate in use with its statistics, in no particular order.</summary>
    internal abstract IEnumerable<(long Predicate, PredicateStatistics Statistics)> AllPredicateStatistics();

    /// <summary>The number of distinct ids in the leading position of an index: one pass over its keys.</summary>
    internal long CountDistinctLeading(IndexOrder order)
    {
        ThrowIfDisposed();
        long distinct = 0;
        uint previous = 0;
        foreach (UInt128 key in Scan(order, UInt128.Zero, UInt128.MaxValue))
        {
            uint leading = QuadKeys.Leading(key);
            if (distinct == 0 || leading != previous)
            {
                distinct++;
                previous = leading;
            }
        }

        return distinct;
    }

    /// <summary>True when some key of an index lies in [low, high].</summary>
    internal virtual bool Any(IndexOrder order, UInt128 low, UInt128 high)
    {
        using IEnumerator<UInt128> e = Scan(order, low, high).GetEnumerator();
        return e.MoveNext();
    }

    public IEnumerable<EncodedQuad> Match(long subject, long predicate, long @object, long graph)
    {
        ThrowIfDisposed();
        return ScanPlan.TryCreate(subject, predicate, @object, graph, UnionDefaultGraph, out ScanPlan plan)
            ? Execute(plan)
            : [];
    }

    public long EstimateCount(long subject, long predicate, long @object, long graph)
    {
        ThrowIfDisposed();
        if (!ScanPlan.TryCreate(subject, predicate, @object, graph, UnionDefaultGraph, out ScanPlan plan))
        {
            return 0;
        }

        long count = Count(plan.Order, plan.Low, plan.High);
        if (plan.Filter == GraphFilter.NamedOnly
            && ScanPlan.TryCreate(subject, predicate, @object, TermIds.DefaultGraph, false, out ScanPlan inDefault))
        {
            count = Math.Max(0, count - Count(inDefault.Order, inDefault.Low, inDefault.High));
        }

        return count;
    }

    public IEnumerable<long> NamedGraphs()
    {
        ThrowIfDisposed();
        return MergeGraphs(ExplicitGraphs(), GraphsWithQuads());
    }

    protected virtual void ThrowIfDisposed()
    {
    }

    private IEnumerable<EncodedQuad> Execute(ScanPlan plan)
    {
        IndexOrder order = plan.Order;
        switch (plan.Filter)
        {
            case GraphFilter.None:
                foreach (UInt128 key in Scan(order, plan.Low, plan.High))
                {
                    yield return QuadKeys.Decode(order, key);
                }

                break;

            case GraphFilter.NamedOnly:
                foreach (UInt128 key in Scan(order, plan.Low, plan.High))
                {
                    EncodedQuad quad = QuadKeys.Decode(order, key);
                    if (quad.Graph != TermIds.DefaultGraph)
                    {
                        yield return quad;
                    }
                }

                break;

            default:
                bool first = true;
                UInt128 previous = default;
                foreach (UInt128 key in Scan(order, plan.Low, plan.High))
                {
                    if (first || !QuadKeys.SameFirstThree(key, previous))
                    {
                        first = false;
                        previous = key;
                        yield return QuadKeys.Decode(order, key) with { Graph = TermIds.DefaultGraph };
                    }
                }

                break;
        }
    }

    /// <summary>The distinct named graphs of the GSPO index, found by seeking past each graph's quads.</summary>
    private IEnumerable<long> GraphsWithQuads()
    {
        uint next = (uint)TermIds.DefaultGraph + 1;
        while (true)
        {
            UInt128? found = null;
            foreach (UInt128 key in Scan(IndexOrder.Gspo, QuadKeys.Pack(next, 0, 0, 0), UInt128.MaxValue))
            {
                found = key;
                break;
            }

            if (found is not { } k)
            {
                yield break;
            }

            uint graph = QuadKeys.Leading(k);
            yield return graph;
            if (graph == uint.MaxValue)
            {
                yield break;
            }

            next = graph + 1;
        }
    }

    private static IEnumerable<long> MergeGraphs(IEnumerable<long> a, IEnumerable<long> b)
    {
        using IEnumerator<long> x = a.GetEnumerator();
        using IEnumerator<long> y = b.GetEnumerator();
        bool hasX = x.MoveNext(), hasY = y.MoveNext();
        while (hasX || hasY)
        {
            if (hasX && (!hasY || x.Current < y.Current))
            {
                yield return x.Current;
                hasX = x.MoveNext();
            }
            else if (hasY && (!hasX || y.Current < x.Current))
            {
                yield return y.Current;
                hasY = y.MoveNext();
            }
            else
            {
                yield return x.Current;
                hasX = x.MoveNext();
                hasY = y.MoveNext();
            }
        }
    }
}
