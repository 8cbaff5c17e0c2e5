namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// The algebra expression of a query (§18), printable as an S-Expression like Jena's <c>qparse --print=op</c>.
/// </summary>
public sealed class QueryAlgebra
{
    internal QueryAlgebra(Operator root)
    {
        Root = root;
    }

    internal Operator Root { get; }

    /// <summary>The algebra as an SSE string, one operator per line.</summary>
    public string ToSse() => Sse.Write(Root);

    /// <inheritdoc/>
    public override string ToString() => ToSse();
}
