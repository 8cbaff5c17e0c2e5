namespace KnowledgeGraph.Linking.Import;

/// <summary>The kinds of input <see cref="WikidataImporter"/> reads.</summary>
public enum WikidataSourceKind
{
    /// <summary>A Wikidata JSON dump, one entity per line (<c>.json</c>, <c>.json.gz</c>, <c>.json.bz2</c>).</summary>
    JsonDump,

    /// <summary>SPARQL 1.1 JSON results of the documented query (<c>.srj</c>, or <c>.json</c> whose first byte opens an object).</summary>
    SparqlResults,

    /// <summary>A verified table (<c>.tsv</c>, <c>.csv</c>).</summary>
    Table,

    /// <summary>RDF in the knowledge base's own model (<c>.nq</c>, <c>.nt</c>, <c>.ttl</c>, <c>.trig</c>), such as the shipped verified base.</summary>
    Rdf,
}
