using System.Collections.Concurrent;

namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>
/// What a Turtle reader carries from one statement to the next: the base IRI, the prefixes and the document's blank
/// node labels (Turtle §6.3: directives apply to everything after them; labels are scoped to the document), and the
/// terms read under these directives.
/// </summary>
internal sealed record TurtleReaderState(
    Iri? Base,
    PrefixMap PrefixMap,
    IReadOnlyDictionary<string, string> Namespaces,
    ConcurrentDictionary<string, BlankNode> BlankNodes,
    TurtleTermCaches Terms)
{
    /// <summary>The state at the start of a document read with <paramref name="options"/>.</summary>
    public static TurtleReaderState Initial(RdfParserOptions options) =>
        new(options.BaseIri, PrefixMap.Empty, new Dictionary<string, string>(StringComparer.Ordinal), new(StringComparer.Ordinal), new());
}
