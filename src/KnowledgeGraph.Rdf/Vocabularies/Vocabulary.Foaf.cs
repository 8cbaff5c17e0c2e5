namespace KnowledgeGraph.Rdf.Vocabularies;

public static partial class Vocabulary
{
    /// <summary>FOAF.</summary>
    public static class Foaf
    {
        /// <summary>The namespace IRI.</summary>
        public static readonly Iri Namespace = Iri.FromValidated("http://xmlns.com/foaf/0.1/");

        /// <summary>The term <c>Person</c>.</summary>
        public static readonly Iri Person = Term(Namespace, "Person");

        /// <summary>The term <c>name</c>.</summary>
        public static readonly Iri Name = Term(Namespace, "name");
    }
}
