namespace KnowledgeGraph.Linking.Online;

/// <summary>The Wikidata API could not be used (network, status, error body, malformed answer); linking goes on offline.</summary>
internal sealed class WikidataUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
