namespace KnowledgeGraph.Rdf.Vocabularies;

public static partial class Vocabulary
{
    /// <summary>The W3C Organization Ontology.</summary>
    public static class Org
    {
        /// <summary>The namespace IRI.</summary>
        public static readonly Iri Namespace = Iri.FromValidated("http://www.w3.org/ns/org#");

        /// <summary>The term <c>Post</c>.</summary>
        public static readonly Iri Post = Term(Namespace, "Post");

        /// <summary>The term <c>Organization</c>.</summary>
        public static readonly Iri Organization = Term(Namespace, "Organization");

        /// <summary>The term <c>holds</c>.</summary>
        public static readonly Iri HoldsPost = Term(Namespace, "holds");
    }
}
