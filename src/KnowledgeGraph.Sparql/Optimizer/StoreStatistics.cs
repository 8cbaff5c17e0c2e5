using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Cardinality estimates for triple patterns from what the store keeps: its count for a pattern's constants and, per
/// predicate, the quads and distinct subjects and objects. The optimizer orders BGPs by them and the physical plan
/// prints them. Each is asked of the store once per query: ordering asks for every pattern at every step, and a count
/// on a disk store costs an index scan.
/// </summary>
internal sealed class StoreStatistics
{
    // Without a constant predicate there are no per-predicate figures: a bound subject or object is assumed to keep
    // this share of the matches.
    private const double UnknownSubjectSelectivity = 0.01;
    private const double UnknownObjectSelectivity = 0.1;
    private const double UnknownPredicateSelectivity = 0.2;

    private readonly DatasetView _dataset;
    private readonly TermTable _terms;
    private readonly Dictionary<long, PredicateStatistics> _predicates = [];
    private readonly Dictionary<TriplePattern, (double Count, long Predicate)> _patterns = new(ReferenceEqualityComparer.Instance);

    public StoreStatistics(DatasetView dataset, TermTable terms)
    {
        _dataset = dataset;
        _terms = terms;
    }

    /// <summary>
    /// Estimated matches of a pattern per lookup when the variables in <paramref name="bound"/> are already bound:
    /// the store's count for its constants; each bound subject (object) divides it by the predicate's number of
    /// distinct subjects (objects), assuming values spread evenly. Below 1 it is the chance that a lookup matches.
    /// </summary>
    public double Estimate(TriplePattern t, IReadOnlySet<string> bound)
    {
        (double count, long p) = Constants(t);
        bool sBound = t.Subject.Variable is { } sv && bound.Contains(sv);
        bool oBound = t.Object.Variable is { } ov && bound.Contains(ov);
        bool pBound = t.Predicate.Variable is { } pv && bound.Contains(pv);
        if (count == 0 || !(sBound || oBound || pBound))
        {
            return count;
        }

        if (p > 0 && Predicate(p) is { Quads: > 0 } stats)
        {
            if (sBound)
            {
                count /= Math.Max(1, stats.DistinctSubjects);
            }

            if (oBound)
            {
                count /= Math.Max(1, stats.DistinctObjects);
            }

            return count;
        }

        if (sBound)
        {
            count *= UnknownSubjectSelectivity;
        }

        if (oBound)
        {
            count *= UnknownObjectSelectivity;
        }

        if (pBound)
        {
            count *= UnknownPredicateSelectivity;
        }

        return count;
    }

    /// <summary>
    /// The store's count for the pattern's constants, and its predicate's id (0: a variable); looked up once per
    /// pattern, as ordering asks for every pattern at every step.
    /// </summary>
    private (double Count, long Predicate) Constants(TriplePattern t)
    {
        if (!_patterns.TryGetValue(t, out (double Count, long Predicate) entry))
        {
            long s = Id(t.Subject), p = Id(t.Predicate), o = Id(t.Object);
            entry = (s < 0 || p < 0 || o < 0 ? 0 : _dataset.Estimate(s, p, o, TermIds.DefaultGraph), p);
            _patterns[t] = entry;
        }

        return entry;
    }

    private PredicateStatistics? Predicate(long p)
    {
        if (TermTable.IsOverlay(p))
        {
            return null;
        }

        if (!_predicates.TryGetValue(p, out PredicateStatistics stats))
        {
            _predicates[p] = stats = _dataset.PredicateStatistics(p);
        }

        return stats;
    }

    private long Id(PatternNode n) => n.Term is null ? 0 : _terms.TryLookup(n.Term, out long id) && id > 0 ? id : -1;
}
