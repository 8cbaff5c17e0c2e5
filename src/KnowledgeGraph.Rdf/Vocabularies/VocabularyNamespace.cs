namespace KnowledgeGraph.Rdf.Vocabularies;

/// <summary>A vocabulary's conventional prefix and its namespace IRI.</summary>
public sealed record VocabularyNamespace(string Prefix, Iri Namespace);
