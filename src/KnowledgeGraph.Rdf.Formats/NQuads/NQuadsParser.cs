namespace KnowledgeGraph.Rdf.Formats.NQuads;

/// <summary>A streaming parser for RDF 1.1 N-Quads (https://www.w3.org/TR/n-quads/).</summary>
public sealed class NQuadsParser : RdfParser
{
    /// <summary>Creates the parser.</summary>
    public NQuadsParser(RdfParserOptions? options = null)
        : base(options ?? RdfParserOptions.Default)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Quad> Parse(Stream input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new NQuadsReader(input, Options, quads: true).Read(cancellationToken);
    }
}
