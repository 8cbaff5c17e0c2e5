namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// A writer for one RDF syntax. Call <see cref="Write(Quad)"/> for each quad, then <see cref="Finish"/>;
/// disposing does not finish (a failed conversion must not look complete). The stream is not disposed.
/// </summary>
public abstract class RdfWriter : IDisposable
{
    /// <summary>Creates a writer with the given options.</summary>
    protected RdfWriter(RdfWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options this writer was made with.</summary>
    public RdfWriterOptions Options { get; }

    /// <summary>Writes a quad. A triple-only syntax rejects quads outside the default graph.</summary>
    public abstract void Write(Quad quad);

    /// <summary>Writes a triple into the default graph.</summary>
    public void Write(Triple triple) => Write(new Quad(triple));

    /// <summary>Writes every quad, then finishes.</summary>
    public void WriteAll(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        foreach (Quad q in quads)
        {
            Write(q);
        }

        Finish();
    }

    /// <summary>Writes whatever is buffered and flushes the stream.</summary>
    public abstract void Finish();

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
