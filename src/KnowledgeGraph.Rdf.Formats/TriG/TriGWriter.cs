using KnowledgeGraph.Rdf.Formats.Writing;

namespace KnowledgeGraph.Rdf.Formats.TriG;

/// <summary>
/// Writes TriG (RDF 1.2 TriG): the default graph's triples at top level first, then one <c>name { … }</c> block per
/// named graph in graph-name order, each laid out like <see cref="Turtle.TurtleWriter"/> (pretty and deterministic
/// by default, or as-it-comes with <see cref="RdfWriterOptions.Streaming"/>). Blank nodes used in more than one graph,
/// or as a graph name, keep a label, since labels are shared across the document.
/// </summary>
/// <remarks>
/// Pretty output keeps the whole dataset in memory (each distinct term once, 16 bytes per quad) until
/// <see cref="Finish"/>.
/// </remarks>
public sealed class TriGWriter : RdfWriter
{
    private readonly TurtleSerializer _serializer;
    private bool _finished;
    private bool _disposed;

    /// <summary>Creates a writer onto a stream (which it does not dispose).</summary>
    /// <exception cref="ArgumentException">A given prefix is not a valid Turtle prefix name.</exception>
    public TriGWriter(Stream output, RdfWriterOptions options)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(output);
        _serializer = TurtleSerializer.Create(output, options, dataset: true);
    }

    /// <inheritdoc/>
    public override void Write(Quad quad)
    {
        WriterState.ThrowIfClosed(_finished, _disposed, this);
        _serializer.Add(quad);
    }

    /// <inheritdoc/>
    public override void Finish()
    {
        WriterState.ThrowIfClosed(_finished, _disposed, this);
        _finished = true;
        _serializer.Finish();
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _serializer.Dispose();
        }

        base.Dispose(disposing);
    }
}
