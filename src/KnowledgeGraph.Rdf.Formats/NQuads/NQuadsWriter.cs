using System.Runtime.CompilerServices;
using KnowledgeGraph.Rdf.Formats.Writing;

namespace KnowledgeGraph.Rdf.Formats.NQuads;

/// <summary>
/// Writes N-Quads (RDF 1.2 N-Quads) in canonical form: the N-Triples canonical form (RDF 1.2 N-Triples §4) with the
/// graph name after the object for quads in named graphs. Streams: nothing is kept but a 64 KiB output buffer.
/// </summary>
/// <remarks>Blank node labels are kept when they are valid labels; others are encoded one-to-one.</remarks>
public sealed class NQuadsWriter : RdfWriter
{
    private readonly Utf8Output _output;
    private bool _finished;
    private bool _disposed;

    /// <summary>Creates a writer onto a stream (which it does not dispose).</summary>
    public NQuadsWriter(Stream output, RdfWriterOptions options)
        : base(options)
    {
        _output = new Utf8Output(output);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Write(Quad quad)
    {
        WriterState.ThrowIfClosed(_finished, _disposed, this);
        NTriplesTerms.WriteStatement(_output, quad, withGraph: true);
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
