using System.Globalization;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// A blank node (RDF 1.1 Concepts §3.4). Two blank nodes are equal when their labels are equal; parsers give
/// every document its own fresh nodes, so labels from different documents never meet by accident.
/// </summary>
public sealed class BlankNode : Term
{
    private static long s_counter;

    /// <summary>Creates a blank node with the given label (the part after <c>_:</c>).</summary>
    /// <exception cref="ArgumentException">The label is empty.</exception>
    public BlankNode(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        Label = label;
    }

    /// <summary>The label, without the <c>_:</c> prefix.</summary>
    public string Label { get; }

    /// <inheritdoc/>
    public override TermKind Kind => TermKind.BlankNode;

    /// <summary>Creates a blank node whose label no other call in this process returns.</summary>
    public static BlankNode Create()
    {
        long n = Interlocked.Increment(ref s_counter);
        return new BlankNode("b" + n.ToString("x", CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public override bool Equals(Term? other) =>
        ReferenceEquals(this, other) || (other is BlankNode b && string.Equals(Label, b.Label, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TermKind.BlankNode, Label);

    /// <inheritdoc/>
    public override string ToString() => "_:" + Label;

    private protected override int CompareSameKind(Term other) =>
        string.CompareOrdinal(Label, ((BlankNode)other).Label);
}
