namespace KnowledgeGraph.Rdf.Formats.Writing;

/// <summary>
/// What the Turtle and TriG writers hand their quads to: the pretty serializer (buffers, sorts, nests) or the
/// streaming one (writes as it goes).
/// </summary>
internal abstract class TurtleSerializer : IDisposable
{
    /// <summary>Creates the serializer the options ask for.</summary>
    /// <param name="output">The stream to write to.</param>
    /// <param name="options">The writer's options.</param>
    /// <param name="dataset">True for TriG (graph blocks), false for Turtle.</param>
    public static TurtleSerializer Create(Stream output, RdfWriterOptions options, bool dataset) =>
        options.Streaming
            ? new StreamingTurtleSerializer(output, options, dataset)
            : new PrettyTurtleSerializer(output, options, dataset);

    public abstract void Add(in Quad quad);

    /// <summary>Writes everything still pending and flushes the stream.</summary>
    public abstract void Finish();

    public abstract void Dispose();
}
