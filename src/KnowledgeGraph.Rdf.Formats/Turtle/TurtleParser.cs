namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>A streaming parser for RDF 1.1 Turtle (https://www.w3.org/TR/turtle/).</summary>
public sealed class TurtleParser : RdfParser
{
    /// <summary>Creates the parser.</summary>
    public TurtleParser(RdfParserOptions? options = null)
        : base(options ?? RdfParserOptions.Default)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Quad> Parse(Stream input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new TurtleReader(input, Options, trig: false, p => Prefixes = p).Read(cancellationToken);
    }
}
