namespace KnowledgeGraph.Rdf.Formats;

/// <summary>Immutable settings for a writer.</summary>
public sealed record RdfWriterOptions
{
    /// <summary>Defaults: well-known prefixes where used, pretty output.</summary>
    public static RdfWriterOptions Default { get; } = new();

    /// <summary>Prefixes to declare (for Turtle and TriG), in addition to well-known ones the output uses.</summary>
    public PrefixMap Prefixes { get; init; } = PrefixMap.Empty;

    /// <summary>A base IRI to write (<c>@base</c>) and to make IRIs relative to, or null.</summary>
    public Iri? BaseIri { get; init; }

    /// <summary>
    /// Turtle and TriG only: write each statement as it comes instead of buffering the whole graph. Memory stays
    /// constant, but only consecutive statements with the same subject (and predicate) are grouped, nothing is nested
    /// or sorted, blank node labels are kept, and all well-known prefixes are declared up front with the given ones.
    /// N-Triples and N-Quads always stream.
    /// </summary>
    public bool Streaming { get; init; }
}
