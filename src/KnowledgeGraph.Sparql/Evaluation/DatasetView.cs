using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The RDF dataset of a query (§13): the store's, or the one FROM / FROM NAMED describe (§13.2), whose graphs come
/// from the store or, when the store lacks them, from the evaluator's loader (kept here as small id lists).
/// Graph positions use <see cref="TermIds.DefaultGraph"/> for the default graph.
/// </summary>
internal sealed class DatasetView
{
    private readonly IQuadSnapshot _snapshot;
    private readonly long[]? _defaultGraphs;
    private readonly long[]? _namedGraphs;
    private readonly bool _unionDefault;
    private readonly Dictionary<long, List<(long S, long P, long O)>> _loaded = [];

    public DatasetView(
        IQuadSnapshot snapshot,
        TermTable terms,
        IReadOnlyList<Iri> from,
        IReadOnlyList<Iri> fromNamed,
        bool namedGraphsFromStore,
        bool unionDefault,
        Func<Iri, IEnumerable<Triple>?>? loader)
    {
        _snapshot = snapshot;
        _unionDefault = unionDefault && !snapshot.UnionDefaultGraph;
        if (from.Count > 0 || fromNamed.Count > 0)
        {
            _defaultGraphs = from.Select(g => GraphId(g, terms, loader)).Distinct().ToArray();
            _namedGraphs = namedGraphsFromStore ? null : fromNamed.Select(g => GraphId(g, terms, loader)).Distinct().ToArray();
        }
    }

    private long GraphId(Iri graph, TermTable terms, Func<Iri, IEnumerable<Triple>?>? loader)
    {
        if (_snapshot.TryGetId(graph, out long id) && _snapshot.EstimateCount(TermIds.Any, TermIds.Any, TermIds.Any, id) > 0)
        {
            return id;
        }

        id = terms.Encode(graph);
        if (loader is not null && !_loaded.ContainsKey(id) && loader(graph) is { } triples)
        {
            var list = new List<(long, long, long)>();
            var seen = new HashSet<(long, long, long)>();
            foreach (Triple t in triples)
            {
                var key = (terms.Encode(t.Subject), terms.Encode(t.Predicate), terms.Encode(t.Object));
                if (seen.Add(key))
                {
                    list.Add(key);
                }
            }

            _loaded[id] = list;
        }

        return id;
    }

    /// <summary>The graphs GRAPH ?g ranges over.</summary>
    public IEnumerable<long> NamedGraphs() => _namedGraphs ?? _snapshot.NamedGraphs();

    public bool IsNamedGraph(long id) => _namedGraphs is not null ? Array.IndexOf(_namedGraphs, id) >= 0 : id > TermIds.DefaultGraph && _snapshot.NamedGraphs().Contains(id);

    /// <summary>Matches in the default graph (graph = <see cref="TermIds.DefaultGraph"/>) or in one named graph.</summary>
    public IEnumerable<(long S, long P, long O)> Match(long s, long p, long o, long graph)
    {
        if (graph != TermIds.DefaultGraph)
        {
            return MatchOne(s, p, o, graph);
        }

        if (_defaultGraphs is null)
        {
            return _unionDefault ? Distinct(MatchStore(s, p, o, TermIds.Any)) : MatchStore(s, p, o, TermIds.DefaultGraph);
        }

        return _defaultGraphs.Length switch
        {
            0 => [],
            1 => MatchOne(s, p, o, _defaultGraphs[0]),
            _ => Distinct(_defaultGraphs.SelectMany(g => MatchOne(s, p, o, g))),
        };
    }

    private static IEnumerable<(long, long, long)> Distinct(IEnumerable<(long, long, long)> source)
    {
        var seen = new HashSet<(long, long, long)>();
        foreach (var t in source)
        {
            if (seen.Add(t))
            {
                yield return t;
            }
        }
    }

    private IEnumerable<(long S, long P, long O)> MatchOne(long s, long p, long o, long graph)
    {
        if (_loaded.TryGetValue(graph, out List<(long S, long P, long O)>? list))
        {
            return list.Where(t => (s == 0 || t.S == s) && (p == 0 || t.P == p) && (o == 0 || t.O == o));
        }

        return MatchStore(s, p, o, graph);
    }

    private IEnumerable<(long S, long P, long O)> MatchStore(long s, long p, long o, long graph)
    {
        if (TermTable.IsOverlay(s) || TermTable.IsOverlay(p) || TermTable.IsOverlay(o) || TermTable.IsOverlay(graph))
        {
            return [];
        }

        return _snapshot.Match(s, p, o, graph).Select(q => (q.Subject, q.Predicate, q.Object));
    }

    public long Estimate(long s, long p, long o, long graph)
    {
        if (TermTable.IsOverlay(s) || TermTable.IsOverlay(p) || TermTable.IsOverlay(o))
        {
            return 0;
        }

        return _snapshot.EstimateCount(s, p, o, graph == TermIds.DefaultGraph && _defaultGraphs is null && !_unionDefault ? TermIds.DefaultGraph : TermIds.Any);
    }

    /// <summary>The store's per-predicate counts (over all its graphs: an estimate for any dataset).</summary>
    public PredicateStatistics PredicateStatistics(long predicate) => _snapshot.GetPredicateStatistics(predicate);
}
