namespace KnowledgeGraph.Rdf.Formats.RdfXml;

/// <summary>
/// A streaming parser for RDF/XML (RDF 1.1 XML Syntax, https://www.w3.org/TR/rdf-syntax-grammar/), built on
/// <see cref="System.Xml.XmlReader"/>. Document type declarations are refused, so no entity is ever resolved.
/// RDF/XML is read-only in KnowledgeGraph: there is no writer.
/// </summary>
public sealed class RdfXmlParser : RdfParser
{
    /// <summary>Creates the parser.</summary>
    public RdfXmlParser(RdfParserOptions? options = null)
        : base(options ?? RdfParserOptions.Default)
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Quad> Parse(Stream input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new RdfXmlReader(input, Options).Read(cancellationToken);
    }
}
