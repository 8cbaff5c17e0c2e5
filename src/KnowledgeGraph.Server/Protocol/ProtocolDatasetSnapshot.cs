using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>
/// The RDF dataset a protocol request describes with <c>default-graph-uri</c> and <c>named-graph-uri</c>
/// (SPARQL 1.1 Protocol §2.1.4), as a view of a store snapshot: the default graph is the merge of the listed graphs,
/// and only the listed named graphs exist. Graphs the store lacks are empty.
/// </summary>
internal sealed class ProtocolDatasetSnapshot : IQuadSnapshot
{
    private readonly IQuadSnapshot _inner;
    private readonly long[] _defaultGraphs;
    private readonly long[] _namedGraphs;

    private ProtocolDatasetSnapshot(IQuadSnapshot inner, long[] defaultGraphs, long[] namedGraphs)
    {
        _inner = inner;
        _defaultGraphs = defaultGraphs;
        _namedGraphs = namedGraphs;
    }

    public bool UnionDefaultGraph => false;

    public long QuadCount => _inner.QuadCount;

    /// <summary>Wraps <paramref name="inner"/>; the view owns it and disposes it.</summary>
    public static ProtocolDatasetSnapshot Create(IQuadSnapshot inner, IReadOnlyList<Iri> defaultGraphs, IReadOnlyList<Iri> namedGraphs)
    {
        long[] Ids(IReadOnlyList<Iri> graphs) =>
            [.. graphs.Select(g => inner.TryGetId(g, out long id) ? id : 0).Where(id => id > TermIds.DefaultGraph).Distinct()];
        return new ProtocolDatasetSnapshot(inner, Ids(defaultGraphs), Ids(namedGraphs));
    }

    public bool TryGetId(Term term, out long id) => _inner.TryGetId(term, out id);

    public Term GetTerm(long id) => _inner.GetTerm(id);

    public IEnumerable<EncodedQuad> Match(long subject, long predicate, long @object, long graph) => graph switch
    {
        TermIds.DefaultGraph => MatchDefault(subject, predicate, @object),
        TermIds.AnyNamedGraph => _namedGraphs.SelectMany(g => _inner.Match(subject, predicate, @object, g)),
        TermIds.Any => MatchDefault(subject, predicate, @object)
            .Concat(_namedGraphs.SelectMany(g => _inner.Match(subject, predicate, @object, g))),
        _ => Array.IndexOf(_namedGraphs, graph) >= 0 ? _inner.Match(subject, predicate, @object, graph) : [],
    };

    public long EstimateCount(long subject, long predicate, long @object, long graph) => graph switch
    {
        TermIds.DefaultGraph => _defaultGraphs.Sum(g => _inner.EstimateCount(subject, predicate, @object, g)),
        TermIds.AnyNamedGraph => _namedGraphs.Sum(g => _inner.EstimateCount(subject, predicate, @object, g)),
        TermIds.Any => _defaultGraphs.Concat(_namedGraphs).Sum(g => _inner.EstimateCount(subject, predicate, @object, g)),
        _ => Array.IndexOf(_namedGraphs, graph) >= 0 ? _inner.EstimateCount(subject, predicate, @object, graph) : 0,
    };

    public PredicateStatistics GetPredicateStatistics(long predicate) => _inner.GetPredicateStatistics(predicate);

    public IEnumerable<long> NamedGraphs() => _namedGraphs;

    public void Dispose() => _inner.Dispose();

    private IEnumerable<EncodedQuad> MatchDefault(long s, long p, long o)
    {
        if (_defaultGraphs.Length == 1)
        {
            foreach (EncodedQuad q in _inner.Match(s, p, o, _defaultGraphs[0]))
            {
                yield return q with { Graph = TermIds.DefaultGraph };
            }

            yield break;
        }

        // The merge of several graphs holds each triple once (RDF 1.1 Semantics §4; blank nodes are shared by the store).
        var seen = new HashSet<(long, long, long)>();
        foreach (long g in _defaultGraphs)
        {
            foreach (EncodedQuad q in _inner.Match(s, p, o, g))
            {
                if (seen.Add((q.Subject, q.Predicate, q.Object)))
                {
                    yield return q with { Graph = TermIds.DefaultGraph };
                }
            }
        }
    }
}
