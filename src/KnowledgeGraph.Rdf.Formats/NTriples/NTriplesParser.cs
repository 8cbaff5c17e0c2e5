using KnowledgeGraph.Rdf.Formats.NQuads;

namespace KnowledgeGraph.Rdf.Formats.NTriples;

/// <summary>A streaming parser for RDF 1.1 N-Triples (https://www.w3.org/TR/n-triples/).</summary>
public sealed class NTriplesParser : RdfParser
{
    /// <summary>Creates the parser.</summary>
    public NTriplesParser(RdfParserOptions? options = null)
        : base(options ?? RdfParserOptions.Default)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Quad> Parse(Stream input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new NQuadsReader(input, Options, quads: false).Read(cancellationToken);
    }
}
