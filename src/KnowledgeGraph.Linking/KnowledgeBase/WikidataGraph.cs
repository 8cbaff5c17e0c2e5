using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Linking.KnowledgeBase;

/// <summary>Where the Wikidata knowledge base lives in a store.</summary>
public static class WikidataGraph
{
    /// <summary>The named graph the importer writes to and the linker reads from by default:
    /// <c>https://w3id.org/knowledge-graph/graph/wikidata</c>.</summary>
    public static readonly Iri Default = Iri.Parse("https://w3id.org/knowledge-graph/graph/wikidata");

    /// <summary>The namespace of statement nodes minted for P39 statements whose source gives no Wikidata statement id.</summary>
    public static readonly Iri MintedStatements = Iri.Parse("https://w3id.org/knowledge-graph/resource/wikidata-statement/");
}
