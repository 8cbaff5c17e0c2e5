namespace KnowledgeGraph.Rdf;

/// <summary>
/// A triple in a graph of a dataset (RDF 1.1 Concepts §4): <see cref="Graph"/> is the graph name
/// (an IRI or a blank node), or null for the default graph.
/// </summary>
public readonly struct Quad : IEquatable<Quad>, IComparable<Quad>
{
    /// <summary>Creates a quad.</summary>
    /// <exception cref="ArgumentException">The subject or the graph name is of a kind that cannot stand there.</exception>
    public Quad(Term subject, Iri predicate, Term @object, Term? graph = null)
    {
        Triple = new Triple(subject, predicate, @object);
        if (graph is not null && graph.Kind is not (TermKind.Iri or TermKind.BlankNode))
        {
            throw new ArgumentException($"A graph name must be an IRI or a blank node, not {graph}.", nameof(graph));
        }

        Graph = graph;
    }

    /// <summary>Puts a triple into a graph.</summary>
    public Quad(Triple triple, Term? graph = null)
        : this(triple.Subject, triple.Predicate, triple.Object, graph)
    {
    }

    /// <summary>The triple without its graph.</summary>
    public Triple Triple { get; }

    /// <summary>The subject.</summary>
    public Term Subject => Triple.Subject;

    /// <summary>The predicate.</summary>
    public Iri Predicate => Triple.Predicate;

    /// <summary>The object.</summary>
    public Term Object => Triple.Object;

    /// <summary>The graph name, or null for the default graph.</summary>
    public Term? Graph { get; }

    /// <summary>True when the quad is in the default graph.</summary>
    public bool IsInDefaultGraph => Graph is null;

    /// <inheritdoc/>
    public bool Equals(Quad other) => Triple.Equals(other.Triple) && Equals(Graph, other.Graph);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Quad q && Equals(q);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Triple, Graph);

    /// <inheritdoc/>
    public int CompareTo(Quad other)
    {
        int c = Graph is null ? (other.Graph is null ? 0 : -1) : Graph.CompareTo(other.Graph);
        return c != 0 ? c : Triple.CompareTo(other.Triple);
    }

    /// <summary>The quad as an N-Quads line, without the newline.</summary>
    public override string ToString() =>
        Graph is null ? Triple.ToString() : $"{Subject} {Predicate} {Object} {Graph} .";

    /// <summary>Value equality.</summary>
    public static bool operator ==(Quad left, Quad right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Quad left, Quad right) => !left.Equals(right);
}
