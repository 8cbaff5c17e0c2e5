namespace KnowledgeGraph.Rdf;

/// <summary>An RDF 1.2 triple term: a triple used as the object of another triple (RDF 1.2 Concepts §3.7).</summary>
public sealed class TripleTerm : Term
{
    /// <summary>Wraps a triple as a term.</summary>
    public TripleTerm(Triple triple)
    {
        Triple = triple;
    }

    /// <summary>The triple this term stands for.</summary>
    public Triple Triple { get; }

    /// <inheritdoc/>
    public override TermKind Kind => TermKind.TripleTerm;

    /// <inheritdoc/>
    public override bool Equals(Term? other) => other is TripleTerm t && Triple.Equals(t.Triple);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TermKind.TripleTerm, Triple);

    /// <inheritdoc/>
    public override string ToString() => $"<<( {Triple.Subject} {Triple.Predicate} {Triple.Object} )>>";

    private protected override int CompareSameKind(Term other) => Triple.CompareTo(((TripleTerm)other).Triple);
}
