namespace KnowledgeGraph.Rdf.Vocabularies;

public static partial class Vocabulary
{
    /// <summary>RDF Schema.</summary>
    public static class Rdfs
    {
        /// <summary>The namespace IRI.</summary>
        public static readonly Iri Namespace = Iri.FromValidated("http://www.w3.org/2000/01/rdf-schema#");

        /// <summary>The term <c>label</c>.</summary>
        public static readonly Iri Label = Term(Namespace, "label");

        /// <summary>The term <c>comment</c>.</summary>
        public static readonly Iri Comment = Term(Namespace, "comment");

        /// <summary>The term <c>Class</c>.</summary>
        public static readonly Iri Class = Term(Namespace, "Class");

        /// <summary>The term <c>subClassOf</c>.</summary>
        public static readonly Iri SubClassOf = Term(Namespace, "subClassOf");

        /// <summary>The term <c>subPropertyOf</c>.</summary>
        public static readonly Iri SubPropertyOf = Term(Namespace, "subPropertyOf");

        /// <summary>The term <c>domain</c>.</summary>
        public static readonly Iri Domain = Term(Namespace, "domain");

        /// <summary>The term <c>range</c>.</summary>
        public static readonly Iri Range = Term(Namespace, "range");

        /// <summary>The term <c>seeAlso</c>.</summary>
        public static readonly Iri SeeAlso = Term(Namespace, "seeAlso");

        /// <summary>The term <c>isDefinedBy</c>.</summary>
        public static readonly Iri IsDefinedBy = Term(Namespace, "isDefinedBy");

        /// <summary>The term <c>Literal</c>.</summary>
        public static readonly Iri Literal = Term(Namespace, "Literal");

        /// <summary>The term <c>Resource</c>.</summary>
        public static readonly Iri Resource = Term(Namespace, "Resource");

        /// <summary>The term <c>Datatype</c>.</summary>
        public static readonly Iri Datatype = Term(Namespace, "Datatype");

        /// <summary>The term <c>member</c>.</summary>
        public static readonly Iri Member = Term(Namespace, "member");
    }
}
