using KnowledgeGraph.Ingestion.Extraction;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>An ingested article: its named graph's quads and what was found.</summary>
public sealed record IngestionResult(ArticleInput Article, string Language, Iri Graph, Iri ArticleIri, IReadOnlyList<Quad> Quads, ArticleAnalysis Analysis);
