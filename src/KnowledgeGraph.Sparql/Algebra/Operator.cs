namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A node of the SPARQL algebra (§18.2, §18.5). Immutable; printable with <see cref="Sse"/>.</summary>
internal abstract record Operator
{
    public sealed override string ToString() => Sse.Write(this);
}
