using KnowledgeGraph.Rdf.Formats.Turtle;

namespace KnowledgeGraph.Rdf.Formats.TriG;

/// <summary>
/// A streaming parser for RDF 1.2 TriG (https://www.w3.org/TR/rdf12-trig/), a superset of RDF 1.1 TriG
/// (https://www.w3.org/TR/trig/): RDF 1.2 Turtle plus named graph blocks.
/// </summary>
public sealed class TriGParser : RdfParser
{
    /// <summary>Creates the parser.</summary>
    public TriGParser(RdfParserOptions? options = null)
        : base(options ?? RdfParserOptions.Default)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Quad> Parse(Stream input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new TurtleReader(input, Options, trig: true, p => Prefixes = p).Read(cancellationToken);
    }
}
