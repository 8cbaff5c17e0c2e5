namespace KnowledgeGraph.Rdf;

/// <summary>An RDF triple (RDF 1.1 Concepts §3.1): subject (IRI or blank node), predicate (IRI), object (any term).</summary>
public readonly struct Triple : IEquatable<Triple>, IComparable<Triple>
{
    /// <summary>Creates a triple.</summary>
    /// <exception cref="ArgumentException">The subject is a literal or a triple term.</exception>
    public Triple(Term subject, Iri predicate, Term @object)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(@object);
        if (subject.Kind is not (TermKind.Iri or TermKind.BlankNode))
        {
            throw new ArgumentException($"The subject of a triple must be an IRI or a blank node, not {subject}.", nameof(subject));
        }

        Subject = subject;
        Predicate = predicate;
        Object = @object;
    }

    /// <summary>The subject: an IRI or a blank node.</summary>
    public Term Subject { get; }

    /// <summary>The predicate.</summary>
    public Iri Predicate { get; }

    /// <summary>The object.</summary>
    public Term Object { get; }

    /// <summary>Puts this triple into a graph (null: the default graph).</summary>
    public Quad InGraph(Term? graph) => new(Subject, Predicate, Object, graph);

    /// <inheritdoc/>
    public bool Equals(Triple other) =>
        Equals(Subject, other.Subject) && Equals(Predicate, other.Predicate) && Equals(Object, other.Object);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Triple t && Equals(t);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Subject, Predicate, Object);

    /// <inheritdoc/>
    public int CompareTo(Triple other)
    {
        int c = Subject.CompareTo(other.Subject);
        if (c != 0)
        {
            return c;
        }

        c = Predicate.CompareTo(other.Predicate);
        return c != 0 ? c : Object.CompareTo(other.Object);
    }

    /// <summary>The triple as an N-Triples line, without the newline.</summary>
    public override string ToString() => $"{Subject} {Predicate} {Object} .";

    /// <summary>Value equality.</summary>
    public static bool operator ==(Triple left, Triple right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Triple left, Triple right) => !left.Equals(right);
}
