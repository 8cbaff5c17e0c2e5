using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Linking.Store;

/// <summary>The ontology terms for link decisions (the "Entity linking" block of <c>ontology/knowledge-graph.ttl</c>)
/// and the article-graph terms the store linker reads.</summary>
internal static class LinkTerms
{
    public static readonly Iri EntityLink = Term("EntityLink");
    public static readonly Iri LinkedEntity = Term("linkedEntity");
    public static readonly Iri LinkTarget = Term("linkTarget");
    public static readonly Iri Confidence = Term("confidence");
    public static readonly Iri LinkingMethod = Term("linkingMethod");
    public static readonly Iri Explanation = Term("explanation");
    public static readonly Iri OfflineLinking = Term("OfflineLinking");
    public static readonly Iri OnlineLinking = Term("OnlineLinking");

    public static readonly Iri Place = Term("Place");
    public static readonly Iri Sentence = Term("sentence");

    private static Iri Term(string local) => Iri.Parse(Vocabulary.KnowledgeGraphOntology.Namespace.Value + local);
}
