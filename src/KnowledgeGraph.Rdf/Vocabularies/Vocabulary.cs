namespace KnowledgeGraph.Rdf.Vocabularies;

/// <summary>
/// The vocabularies KnowledgeGraph uses, one nested class each (<c>Vocabulary.Rdf.Type</c>, <c>Vocabulary.Xsd.Integer</c>),
/// with their conventional prefixes.
/// </summary>
public static partial class Vocabulary
{
    /// <summary>Every vocabulary's prefix and namespace, for prefix maps.</summary>
    public static IReadOnlyList<VocabularyNamespace> All { get; } =
    [
        new("rdf", Rdf.Namespace),
        new("rdfs", Rdfs.Namespace),
        new("xsd", Xsd.Namespace),
        new("owl", Owl.Namespace),
        new("schema", Schema.Namespace),
        new("prov", Prov.Namespace),
        new("skos", Skos.Namespace),
        new("dcterms", DcTerms.Namespace),
        new("foaf", Foaf.Namespace),
        new("org", Org.Namespace),
        new("sh", Shacl.Namespace),
        new("wd", Wikidata.Entity),
        new("wdt", Wikidata.Direct),
        new("p", Wikidata.Claim),
        new("ps", Wikidata.StatementValue),
        new("pq", Wikidata.Qualifier),
        new("kgo", KnowledgeGraphOntology.Namespace),
    ];

    /// <summary>An IRI in a namespace, for the term tables below (their IRIs are known to be valid).</summary>
    internal static Iri Term(Iri ns, string local) => Iri.FromValidated(ns.Value + local);
}
