namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// A streaming parser for one RDF syntax: quads come out as they are read, so memory does not grow with the input.
/// Triples of a triple-only syntax come out in the default graph.
/// </summary>
public abstract class RdfParser
{
    /// <summary>Creates a parser with the given options.</summary>
    protected RdfParser(RdfParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options this parser was made with.</summary>
    public RdfParserOptions Options { get; }

    /// <summary>The prefixes declared in the input so far (empty for N-Triples and N-Quads).</summary>
    public PrefixMap Prefixes { get; protected set; } = PrefixMap.Empty;

    /// <summary>Parses UTF-8 input from a stream, lazily. The stream is not disposed.</summary>
    /// <exception cref="RdfSyntaxException">Strict mode: the input is not valid in this syntax.</exception>
    public abstract IEnumerable<Quad> Parse(Stream input, CancellationToken cancellationToken = default);

    /// <summary>Parses UTF-8 bytes.</summary>
    public IEnumerable<Quad> Parse(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken = default) =>
        Parse(new MemoryStream(utf8.ToArray(), writable: false), cancellationToken);

    /// <summary>Parses a string.</summary>
    public IEnumerable<Quad> ParseText(string text, CancellationToken cancellationToken = default) =>
        Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text), writable: false), cancellationToken);
}
