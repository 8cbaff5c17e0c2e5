using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Summaries of a snapshot for reports such as <c>kg stats</c>. For snapshots of this library's stores they come
/// from what the stores keep (per-predicate statistics, the SPOG index's keys) without decoding a term; for any
/// other <see cref="IQuadSnapshot"/> they come from a scan of its quads.
/// </summary>
public static class SnapshotStatistics
{
    /// <summary>Every predicate in use with its statistics over all graphs, most quads first.</summary>
    public static IReadOnlyList<(long Predicate, PredicateStatistics Statistics)> Predicates(IQuadSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        IEnumerable<(long Predicate, PredicateStatistics Statistics)> all = snapshot is QuadReader reader
            ? reader.AllPredicateStatistics()
            : snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)
                .Select(q => q.Predicate)
                .Distinct()
                .Select(p => (p, snapshot.GetPredicateStatistics(p)));
        return [.. all.OrderByDescending(entry => entry.Statistics.Quads).ThenBy(entry => entry.Predicate)];
    }

    /// <summary>The number of distinct subjects over all graphs.</summary>
    public static long DistinctSubjects(IQuadSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot is QuadReader reader
            ? reader.CountDistinctLeading(IndexOrder.Spog)
            : snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any).Select(q => q.Subject).Distinct().LongCount();
    }
}
