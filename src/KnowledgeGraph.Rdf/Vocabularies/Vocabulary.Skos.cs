namespace KnowledgeGraph.Rdf.Vocabularies;

public static partial class Vocabulary
{
    /// <summary>SKOS.</summary>
    public static class Skos
    {
        /// <summary>The namespace IRI.</summary>
        public static readonly Iri Namespace = Iri.FromValidated("http://www.w3.org/2004/02/skos/core#");

        /// <summary>The term <c>prefLabel</c>.</summary>
        public static readonly Iri PrefLabel = Term(Namespace, "prefLabel");

        /// <summary>The term <c>altLabel</c>.</summary>
        public static readonly Iri AltLabel = Term(Namespace, "altLabel");

        /// <summary>The term <c>Concept</c>.</summary>
        public static readonly Iri Concept = Term(Namespace, "Concept");

        /// <summary>The term <c>definition</c>.</summary>
        public static readonly Iri Definition = Term(Namespace, "definition");

        /// <summary>The term <c>note</c>.</summary>
        public static readonly Iri Note = Term(Namespace, "note");
    }
}
