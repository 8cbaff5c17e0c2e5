namespace KnowledgeGraph.Rdf;

/// <summary>
/// An RDF term: an <see cref="Iri"/>, a <see cref="BlankNode"/>, a <see cref="Literal"/> or, in RDF 1.2,
/// a <see cref="TripleTerm"/> (RDF 1.1 Concepts §3; RDF 1.2 Concepts §3).
/// </summary>
/// <remarks>
/// Terms are immutable and compare by value. <see cref="ToString"/> gives the N-Triples form.
/// The order of <see cref="CompareTo"/> is blank nodes, IRIs, literals, triple terms (the SPARQL 1.1 §15.1 order),
/// then ordinal by text; it exists for deterministic output, not for SPARQL ORDER BY.
/// </remarks>
public abstract class Term : IEquatable<Term>, IComparable<Term>
{
    private protected Term()
    {
    }

    /// <summary>What kind of term this is.</summary>
    public abstract TermKind Kind { get; }

    /// <summary>True for IRIs.</summary>
    public bool IsIri => Kind == TermKind.Iri;

    /// <summary>True for blank nodes.</summary>
    public bool IsBlankNode => Kind == TermKind.BlankNode;

    /// <summary>True for literals.</summary>
    public bool IsLiteral => Kind == TermKind.Literal;

    /// <inheritdoc/>
    public abstract bool Equals(Term? other);

    /// <inheritdoc/>
    public sealed override bool Equals(object? obj) => obj is Term t && Equals(t);

    /// <inheritdoc/>
    public abstract override int GetHashCode();

    /// <summary>The term in N-Triples syntax.</summary>
    public abstract override string ToString();

    /// <inheritdoc/>
    public int CompareTo(Term? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (ReferenceEquals(this, other))
        {
            return 0;
        }

        int byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : CompareSameKind(other);
    }

    /// <summary>Compares with a term of the same <see cref="Kind"/>.</summary>
    private protected abstract int CompareSameKind(Term other);

    /// <summary>Value equality.</summary>
    public static bool operator ==(Term? left, Term? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Term? left, Term? right) => !(left == right);
}
