using KnowledgeGraph.Rdf.Formats.Writing;

namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>
/// Writes Turtle (RDF 1.2 Turtle). By default the output is pretty and deterministic: the graph is buffered and
/// written sorted by subject, grouped with <c>;</c> and <c>,</c>, <c>a</c> for <c>rdf:type</c>, bare numbers and
/// booleans where Turtle's grammar allows, prefixed names where the local part is valid, blank nodes nested as
/// <c>[ … ]</c> and lists as <c>( … )</c> where that keeps the graph the same, RDF 1.2 reifiers as annotations
/// <c>s p o {| … |}</c> or reified triples <c>&lt;&lt; s p o &gt;&gt;</c> where they need no label, and <c>@prefix</c>
/// lines for the given prefixes plus the well-known ones the output uses. Triple terms are written
/// <c>&lt;&lt;( s p o )&gt;&gt;</c> and directional strings <c>"…"@ar--rtl</c> in both modes. With <see cref="RdfWriterOptions.Streaming"/> it writes each
/// triple as it comes in constant memory instead. Either way the output parses back to an isomorphic graph.
/// </summary>
/// <remarks>
/// Pretty output keeps the whole graph in memory (each distinct term once, 16 bytes per triple) until
/// <see cref="Finish"/>.
/// </remarks>
public sealed class TurtleWriter : RdfWriter
{
    private readonly TurtleSerializer _serializer;
    private bool _finished;
    private bool _disposed;

    /// <summary>Creates a writer onto a stream (which it does not dispose).</summary>
    /// <exception cref="ArgumentException">A given prefix is not a valid Turtle prefix name.</exception>
    public TurtleWriter(Stream output, RdfWriterOptions options)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(output);
        _serializer = TurtleSerializer.Create(output, options, dataset: false);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The quad is in a named graph, which Turtle cannot hold.</exception>
    public override void Write(Quad quad)
    {
        WriterState.ThrowIfClosed(_finished, _disposed, this);
        WriterState.ThrowIfNamedGraph(quad, "Turtle");
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
