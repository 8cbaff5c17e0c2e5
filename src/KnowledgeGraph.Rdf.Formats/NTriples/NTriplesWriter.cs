using System.Runtime.CompilerServices;
using KnowledgeGraph.Rdf.Formats.Writing;

namespace KnowledgeGraph.Rdf.Formats.NTriples;

/// <summary>
/// Writes N-Triples (RDF 1.2 N-Triples) in its canonical form (§4): one triple per line, single spaces, canonical
/// string escapes, upper-case hex in UCHAR, <c>xsd:string</c> left implicit; RDF 1.2 triple terms and directional
/// language strings included. Streams: nothing is kept but a 64 KiB output buffer.
/// </summary>
/// <remarks>Blank node labels are kept when they are valid N-Triples labels; others are encoded one-to-one.</remarks>
public sealed class NTriplesWriter : RdfWriter
{
    private readonly Utf8Output _output;
    private bool _finished;
    private bool _disposed;

    /// <summary>Creates a writer onto a stream (which it does not dispose).</summary>
    public NTriplesWriter(Stream output, RdfWriterOptions options)
        : base(options)
    {
        _output = new Utf8Output(output);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The quad is in a named graph, which N-Triples cannot hold.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Write(Quad quad)
    {
        WriterState.ThrowIfClosed(_finished, _disposed, this);
        WriterState.ThrowIfNamedGraph(quad, "N-Triples");
        NTriplesTerms.WriteStatement(_output, quad, withGraph: false);
    }

    /// <inheritdoc/>
    public override void Finish()
    {
        WriterState.ThrowIfClosed(_finished, _disposed, this);
        _finished = true;
        _output.Flush();
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _output.Dispose();
        }

        base.Dispose(disposing);
    }
}
