namespace KnowledgeGraph.Rdf.Formats;

/// <summary>Immutable settings for a parser. Build with <c>with</c> expressions from <see cref="Default"/>.</summary>
public sealed record RdfParserOptions
{
    /// <summary>Strict parsing against no base IRI.</summary>
    public static RdfParserOptions Default { get; } = new();

    /// <summary>The base IRI relative references resolve against, or null (then a relative IRI is an error).</summary>
    public Iri? BaseIri { get; init; }

    /// <summary>The name errors mention, usually the file path; null prints <c>&lt;input&gt;</c>.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// Strict (the default) throws at the first error. Lenient skips the bad statement, reports it to
    /// <see cref="OnError"/>, resynchronises at the next statement and goes on.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>Receives each error skipped in lenient mode.</summary>
    public Action<RdfSyntaxException>? OnError { get; init; }
}
