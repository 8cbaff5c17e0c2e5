namespace KnowledgeGraph.Rdf.Vocabularies;

public static partial class Vocabulary
{
    /// <summary>PROV-O.</summary>
    public static class Prov
    {
        /// <summary>The namespace IRI.</summary>
        public static readonly Iri Namespace = Iri.FromValidated("http://www.w3.org/ns/prov#");

        /// <summary>The term <c>Entity</c>.</summary>
        public static readonly Iri Entity = Term(Namespace, "Entity");

        /// <summary>The term <c>Activity</c>.</summary>
        public static readonly Iri Activity = Term(Namespace, "Activity");

        /// <summary>The term <c>Agent</c>.</summary>
        public static readonly Iri Agent = Term(Namespace, "Agent");

        /// <summary>The term <c>wasAttributedTo</c>.</summary>
        public static readonly Iri WasAttributedTo = Term(Namespace, "wasAttributedTo");

        /// <summary>The term <c>wasDerivedFrom</c>.</summary>
        public static readonly Iri WasDerivedFrom = Term(Namespace, "wasDerivedFrom");

        /// <summary>The term <c>wasGeneratedBy</c>.</summary>
        public static readonly Iri WasGeneratedBy = Term(Namespace, "wasGeneratedBy");

        /// <summary>The term <c>generatedAtTime</c>.</summary>
        public static readonly Iri GeneratedAtTime = Term(Namespace, "generatedAtTime");

        /// <summary>The term <c>value</c>.</summary>
        public static readonly Iri Value = Term(Namespace, "value");
    }
}
