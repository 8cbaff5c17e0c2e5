using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Term ids during one query: the store's ids for terms it knows, and an overlay of ids below
/// <see cref="TermIds.AnyNamedGraph"/> (-2, -3, ...) for values only the query produced (BIND, aggregates, VALUES,
/// loaded graphs). The same term always gets the same id, so id equality is RDF term equality.
/// </summary>
internal sealed class TermTable
{
    private readonly IQuadSnapshot _snapshot;
    private readonly Dictionary<Term, long> _overlayIds = [];
    private readonly List<Term> _overlayTerms = [];
    private readonly Dictionary<long, Term> _decoded = [];

    public TermTable(IQuadSnapshot snapshot)
    {
        _snapshot = snapshot;
    }

    public static bool IsOverlay(long id) => id < TermIds.AnyNamedGraph;

    /// <summary>The id of a term, handing out an overlay id when the store does not know it.</summary>
    public long Encode(Term term)
    {
        if (_overlayIds.TryGetValue(term, out long id))
        {
            return id;
        }

        if (_snapshot.TryGetId(term, out id))
        {
            return id;
        }

        id = -2 - _overlayTerms.Count;
        _overlayTerms.Add(term);
        _overlayIds[term] = id;
        return id;
    }

    /// <summary>The id of a term the store or the overlay already knows; false otherwise.</summary>
    public bool TryLookup(Term term, out long id) =>
        _overlayIds.TryGetValue(term, out id) || _snapshot.TryGetId(term, out id);

    public Term Decode(long id)
    {
        if (IsOverlay(id))
        {
            return _overlayTerms[(int)(-2 - id)];
        }

        if (!_decoded.TryGetValue(id, out Term? term))
        {
            term = _snapshot.GetTerm(id);
            if (_decoded.Count < 1_000_000)
            {
                _decoded[id] = term;
            }
        }

        return term;
    }
}
