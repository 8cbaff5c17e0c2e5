namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>
/// A streaming parser for RDF 1.2 Turtle (https://www.w3.org/TR/rdf12-turtle/), which reads every RDF 1.1 Turtle
/// document (https://www.w3.org/TR/turtle/) as before: triple terms, reified triples, annotations, <c>VERSION</c> and
/// base directions come on top. A <c>VERSION</c> announcement is accepted and not enforced (it is a hint).
/// </summary>
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
        // Lenient recovery is sequential by nature; strict reading parses parts of a large document in parallel.
        return Options.Lenient || Environment.ProcessorCount == 1
            ? new TurtleReader(input, Options, trig: false, p => Prefixes = p).Read(cancellationToken)
            : new ParallelTurtleReader(input, Options, p => Prefixes = p).Read(cancellationToken);
    }
}
