namespace KnowledgeGraph.Rdf.Vocabularies;

public static partial class Vocabulary
{
    /// <summary>The KnowledgeGraph ontology (ontology/knowledge-graph.ttl).</summary>
    public static class KnowledgeGraphOntology
    {
        /// <summary>The namespace IRI.</summary>
        public static readonly Iri Namespace = Iri.FromValidated("https://w3id.org/knowledge-graph/ontology#");

        /// <summary>The term <c>Person</c>.</summary>
        public static readonly Iri Person = Term(Namespace, "Person");

        /// <summary>The term <c>Office</c>.</summary>
        public static readonly Iri Office = Term(Namespace, "Office");

        /// <summary>The term <c>Policy</c>.</summary>
        public static readonly Iri Policy = Term(Namespace, "Policy");

        /// <summary>The term <c>Statement</c>.</summary>
        public static readonly Iri Statement = Term(Namespace, "Statement");

        /// <summary>The term <c>Article</c>.</summary>
        public static readonly Iri Article = Term(Namespace, "Article");

        /// <summary>The term <c>holdsOffice</c>.</summary>
        public static readonly Iri HoldsOffice = Term(Namespace, "holdsOffice");

        /// <summary>The term <c>speaker</c>.</summary>
        public static readonly Iri Speaker = Term(Namespace, "speaker");

        /// <summary>The term <c>text</c>.</summary>
        public static readonly Iri Text = Term(Namespace, "text");

        /// <summary>The term <c>about</c>.</summary>
        public static readonly Iri About = Term(Namespace, "about");

        /// <summary>The term <c>contradicts</c>.</summary>
        public static readonly Iri Contradicts = Term(Namespace, "contradicts");

        /// <summary>The term <c>statedOn</c>.</summary>
        public static readonly Iri StatedOn = Term(Namespace, "statedOn");

        /// <summary>The term <c>source</c>.</summary>
        public static readonly Iri Source = Term(Namespace, "source");
    }
}
