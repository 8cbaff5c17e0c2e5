using System.Collections;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// A small in-memory RDF dataset (RDF 1.1 Concepts §4): a default graph and named graphs.
/// A named graph exists once something created it, even when empty (SPARQL Update's CREATE needs that).
/// </summary>
public sealed class Dataset : IEnumerable<Quad>
{
    private readonly Dictionary<Term, Graph> _named = [];

    /// <summary>The default graph.</summary>
    public Graph DefaultGraph { get; } = new();

    /// <summary>The named graphs by name.</summary>
    public IReadOnlyDictionary<Term, Graph> NamedGraphs => _named;

    /// <summary>The number of quads over all graphs.</summary>
    public int Count => DefaultGraph.Count + _named.Values.Sum(g => g.Count);

    /// <summary>Creates an empty dataset.</summary>
    public Dataset()
    {
    }

    /// <summary>Creates a dataset holding the given quads.</summary>
    public Dataset(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        foreach (Quad q in quads)
        {
            Add(q);
        }
    }

    /// <summary>The graph with that name (null: the default graph), created empty when missing.</summary>
    public Graph GetOrCreateGraph(Term? name)
    {
        if (name is null)
        {
            return DefaultGraph;
        }

        if (!_named.TryGetValue(name, out Graph? g))
        {
            if (name.Kind is not (TermKind.Iri or TermKind.BlankNode))
            {
                throw new ArgumentException($"A graph name must be an IRI or a blank node, not {name}.", nameof(name));
            }

            g = new Graph();
            _named.Add(name, g);
        }

        return g;
    }

    /// <summary>The graph with that name (null: the default graph), or null when there is none.</summary>
    public Graph? FindGraph(Term? name) => name is null ? DefaultGraph : _named.GetValueOrDefault(name);

    /// <summary>Removes a named graph; false when there was none.</summary>
    public bool RemoveGraph(Term name) => _named.Remove(name);

    /// <summary>Adds a quad; false when it was there already.</summary>
    public bool Add(Quad quad) => GetOrCreateGraph(quad.Graph).Add(quad.Triple);

    /// <summary>Removes a quad; false when it was not there.</summary>
    public bool Remove(Quad quad) => FindGraph(quad.Graph)?.Remove(quad.Triple) ?? false;

    /// <summary>True when the dataset holds the quad.</summary>
    public bool Contains(Quad quad) => FindGraph(quad.Graph)?.Contains(quad.Triple) ?? false;

    /// <inheritdoc/>
    public IEnumerator<Quad> GetEnumerator()
    {
        foreach (Triple t in DefaultGraph)
        {
            yield return new Quad(t);
        }

        foreach ((Term name, Graph g) in _named)
        {
            foreach (Triple t in g)
            {
                yield return new Quad(t, name);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
