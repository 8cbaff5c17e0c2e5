using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Cardinality estimates for triple patterns from the store's counts. Join ordering asks for the same pattern many
/// times, and a count on a disk store costs an index scan, so each distinct count is asked of the store once per query.
/// </summary>
internal sealed class StoreStatistics
{
    private readonly DatasetView _dataset;
    private readonly TermTable _terms;
    private readonly Dictionary<(long S, long P, long O), double> _counts = [];

    public StoreStatistics(DatasetView dataset, TermTable terms)
    {
        _dataset = dataset;
        _terms = terms;
    }

    /// <summary>
    /// Estimated matches of a pattern when the variables in <paramref name="bound"/> are already bound: the store's
    /// count for its constants, divided by the number of distinct values for each bound position.
    /// </summary>
    public double Estimate(TriplePattern t, IReadOnlySet<string> bound)
    {
        long s = Id(t.Subject), p = Id(t.Predicate), o = Id(t.Object);
        if (s < 0 || p < 0 || o < 0)
        {
            return 0;
        }

        double count = Count(s, p, o);
        bool sBound = t.Subject.Variable is { } sv && bound.Contains(sv);
        bool oBound = t.Object.Variable is { } ov && bound.Contains(ov);
        bool pBound = t.Predicate.Variable is { } pv && bound.Contains(pv);
        if (sBound)
        {
            count = Math.Min(count, count / Math.Max(1, p > 0 ? Count(0, p, 0) / 10.0 : 100));
        }

        if (oBound)
        {
            count /= 10;
        }

        if (pBound)
        {
            count /= 5;
        }

        return count;
    }

    private double Count(long s, long p, long o)
    {
        if (!_counts.TryGetValue((s, p, o), out double count))
        {
            count = _dataset.Estimate(s, p, o, TermIds.DefaultGraph);
            _counts[(s, p, o)] = count;
        }

        return count;
    }

    private long Id(PatternNode n) => n.Term is null ? 0 : _terms.TryLookup(n.Term, out long id) && id > 0 ? id : -1;
}
