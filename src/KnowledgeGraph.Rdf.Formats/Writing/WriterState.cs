namespace KnowledgeGraph.Rdf.Formats.Writing;

/// <summary>The checks every writer makes before it accepts a quad.</summary>
internal static class WriterState
{
    public static void ThrowIfClosed(bool finished, bool disposed, RdfWriter writer)
    {
        ObjectDisposedException.ThrowIf(disposed, writer);
        if (finished)
        {
            throw new InvalidOperationException($"The {writer.GetType().Name} has finished; it takes no more quads.");
        }
    }

    /// <summary>Rejects a quad outside the default graph for a syntax that holds one graph only.</summary>
    public static void ThrowIfNamedGraph(in Quad quad, string syntax)
    {
        if (quad.Graph is { } graph)
        {
            throw new ArgumentException(
                $"{syntax} holds only the default graph, but this quad is in the named graph {graph}: {quad} " +
                "Write N-Quads or TriG to keep named graphs.",
                nameof(quad));
        }
    }
}
