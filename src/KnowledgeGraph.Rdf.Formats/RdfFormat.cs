namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// An RDF syntax: its name on the command line, media types (the first is preferred), file extensions (with dot),
/// whether it can hold named graphs, and how to make its parser and writer.
/// </summary>
public sealed class RdfFormat
{
    private readonly Func<RdfParserOptions, RdfParser> _createParser;
    private readonly Func<Stream, RdfWriterOptions, RdfWriter>? _createWriter;

    internal RdfFormat(
        string name,
        string displayName,
        IReadOnlyList<string> mediaTypes,
        IReadOnlyList<string> extensions,
        bool supportsDatasets,
        Func<RdfParserOptions, RdfParser> createParser,
        Func<Stream, RdfWriterOptions, RdfWriter>? createWriter)
    {
        Name = name;
        DisplayName = displayName;
        MediaTypes = mediaTypes;
        Extensions = extensions;
        SupportsDatasets = supportsDatasets;
        _createParser = createParser;
        _createWriter = createWriter;
    }

    /// <summary>The short name used on the command line, e.g. <c>turtle</c>.</summary>
    public string Name { get; }

    /// <summary>The name shown to people, e.g. <c>Turtle</c>.</summary>
    public string DisplayName { get; }

    /// <summary>Media types, preferred first.</summary>
    public IReadOnlyList<string> MediaTypes { get; }

    /// <summary>File extensions with their dot, preferred first.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>True when the syntax can hold named graphs.</summary>
    public bool SupportsDatasets { get; }

    /// <summary>True when KnowledgeGraph can write this syntax (RDF/XML is read-only).</summary>
    public bool CanWrite => _createWriter is not null;

    /// <summary>Creates a parser.</summary>
    public RdfParser CreateParser(RdfParserOptions? options = null) => _createParser(options ?? RdfParserOptions.Default);

    /// <summary>Creates a writer onto a stream.</summary>
    /// <exception cref="NotSupportedException">The syntax is read-only (<see cref="CanWrite"/> is false).</exception>
    public RdfWriter CreateWriter(Stream output, RdfWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_createWriter is null)
        {
            throw new NotSupportedException($"{DisplayName} can be read but not written; choose another output format.");
        }

        return _createWriter(output, options ?? RdfWriterOptions.Default);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
