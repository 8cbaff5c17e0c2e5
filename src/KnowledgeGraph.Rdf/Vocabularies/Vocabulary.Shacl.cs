namespace KnowledgeGraph.Rdf.Vocabularies;

public static partial class Vocabulary
{
    /// <summary>SHACL.</summary>
    public static class Shacl
    {
        /// <summary>The namespace IRI.</summary>
        public static readonly Iri Namespace = Iri.FromValidated("http://www.w3.org/ns/shacl#");

        /// <summary>The term <c>NodeShape</c>.</summary>
        public static readonly Iri NodeShape = Term(Namespace, "NodeShape");

        /// <summary>The term <c>PropertyShape</c>.</summary>
        public static readonly Iri PropertyShape = Term(Namespace, "PropertyShape");

        /// <summary>The term <c>targetClass</c>.</summary>
        public static readonly Iri TargetClass = Term(Namespace, "targetClass");

        /// <summary>The term <c>path</c>.</summary>
        public static readonly Iri Path = Term(Namespace, "path");

        /// <summary>The term <c>minCount</c>.</summary>
        public static readonly Iri MinCount = Term(Namespace, "minCount");

        /// <summary>The term <c>maxCount</c>.</summary>
        public static readonly Iri MaxCount = Term(Namespace, "maxCount");

        /// <summary>The term <c>datatype</c>.</summary>
        public static readonly Iri Datatype = Term(Namespace, "datatype");

        /// <summary>The term <c>class</c>.</summary>
        public static readonly Iri Class = Term(Namespace, "class");

        /// <summary>The term <c>nodeKind</c>.</summary>
        public static readonly Iri NodeKind = Term(Namespace, "nodeKind");
    }
}
