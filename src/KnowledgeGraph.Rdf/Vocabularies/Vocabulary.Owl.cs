namespace KnowledgeGraph.Rdf.Vocabularies;

public static partial class Vocabulary
{
    /// <summary>OWL 2.</summary>
    public static class Owl
    {
        /// <summary>The namespace IRI.</summary>
        public static readonly Iri Namespace = Iri.FromValidated("http://www.w3.org/2002/07/owl#");

        /// <summary>The term <c>Class</c>.</summary>
        public static readonly Iri Class = Term(Namespace, "Class");

        /// <summary>The term <c>Thing</c>.</summary>
        public static readonly Iri Thing = Term(Namespace, "Thing");

        /// <summary>The term <c>ObjectProperty</c>.</summary>
        public static readonly Iri ObjectProperty = Term(Namespace, "ObjectProperty");

        /// <summary>The term <c>DatatypeProperty</c>.</summary>
        public static readonly Iri DatatypeProperty = Term(Namespace, "DatatypeProperty");

        /// <summary>The term <c>AnnotationProperty</c>.</summary>
        public static readonly Iri AnnotationProperty = Term(Namespace, "AnnotationProperty");

        /// <summary>The term <c>SymmetricProperty</c>.</summary>
        public static readonly Iri SymmetricProperty = Term(Namespace, "SymmetricProperty");

        /// <summary>The term <c>FunctionalProperty</c>.</summary>
        public static readonly Iri FunctionalProperty = Term(Namespace, "FunctionalProperty");

        /// <summary>The term <c>Ontology</c>.</summary>
        public static readonly Iri Ontology = Term(Namespace, "Ontology");

        /// <summary>The term <c>sameAs</c>.</summary>
        public static readonly Iri SameAs = Term(Namespace, "sameAs");

        /// <summary>The term <c>equivalentClass</c>.</summary>
        public static readonly Iri EquivalentClass = Term(Namespace, "equivalentClass");

        /// <summary>The term <c>equivalentProperty</c>.</summary>
        public static readonly Iri EquivalentProperty = Term(Namespace, "equivalentProperty");

        /// <summary>The term <c>inverseOf</c>.</summary>
        public static readonly Iri InverseOf = Term(Namespace, "inverseOf");

        /// <summary>The term <c>versionInfo</c>.</summary>
        public static readonly Iri VersionInfo = Term(Namespace, "versionInfo");
    }
}
