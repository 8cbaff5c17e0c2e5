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
}
