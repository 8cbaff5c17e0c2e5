using KnowledgeGraph.Ingestion.Ontology;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>Immutable settings of an <see cref="ArticleIngestor"/>.</summary>
public sealed record IngestionOptions
{
    /// <summary>The defaults: resources under <c>https://w3id.org/knowledge-graph/resource/</c>, language detected,
    /// date from the article.</summary>
    public static IngestionOptions Default { get; } = new();

    /// <summary>The base resources are minted under (<c>--base</c>); must end with '/' or '#'.</summary>
    public Iri ResourceBase { get; init; } = Kgo.DefaultResourceBase;

    /// <summary>"de" or "en" to override the article's language (<c>--lang</c>); null for metadata, then detection.</summary>
    public string? Language { get; init; }

    /// <summary>The date to use when the article has none (<c>--date</c>).</summary>
    public DateOnly? Date { get; init; }
}
