namespace KnowledgeGraph.Rdf.Vocabularies;

public static partial class Vocabulary
{
    /// <summary>RDF (RDF 1.1 Concepts; RDF 1.2 adds reifies and dirLangString).</summary>
    public static class Rdf
    {
        /// <summary>The namespace IRI.</summary>
        public static readonly Iri Namespace = Iri.FromValidated("http://www.w3.org/1999/02/22-rdf-syntax-ns#");

        /// <summary>The term <c>type</c>.</summary>
        public static readonly Iri Type = Term(Namespace, "type");

        /// <summary>The term <c>Property</c>.</summary>
        public static readonly Iri Property = Term(Namespace, "Property");

        /// <summary>The term <c>Statement</c>.</summary>
        public static readonly Iri Statement = Term(Namespace, "Statement");

        /// <summary>The term <c>subject</c>.</summary>
        public static readonly Iri Subject = Term(Namespace, "subject");

        /// <summary>The term <c>predicate</c>.</summary>
        public static readonly Iri Predicate = Term(Namespace, "predicate");

        /// <summary>The term <c>object</c>.</summary>
        public static readonly Iri Object = Term(Namespace, "object");

        /// <summary>The term <c>first</c>.</summary>
        public static readonly Iri First = Term(Namespace, "first");

        /// <summary>The term <c>rest</c>.</summary>
        public static readonly Iri Rest = Term(Namespace, "rest");

        /// <summary>The term <c>nil</c>.</summary>
        public static readonly Iri Nil = Term(Namespace, "nil");

        /// <summary>The term <c>List</c>.</summary>
        public static readonly Iri List = Term(Namespace, "List");

        /// <summary>The term <c>langString</c>.</summary>
        public static readonly Iri LangString = Term(Namespace, "langString");

        /// <summary>The term <c>dirLangString</c>.</summary>
        public static readonly Iri DirLangString = Term(Namespace, "dirLangString");

        /// <summary>The term <c>HTML</c>.</summary>
        public static readonly Iri Html = Term(Namespace, "HTML");

        /// <summary>The term <c>XMLLiteral</c>.</summary>
        public static readonly Iri XmlLiteral = Term(Namespace, "XMLLiteral");

        /// <summary>The term <c>JSON</c>.</summary>
        public static readonly Iri Json = Term(Namespace, "JSON");

        /// <summary>The term <c>value</c>.</summary>
        public static readonly Iri Value = Term(Namespace, "value");

        /// <summary>The term <c>reifies</c>.</summary>
        public static readonly Iri Reifies = Term(Namespace, "reifies");

        /// <summary>The term <c>Bag</c>.</summary>
        public static readonly Iri Bag = Term(Namespace, "Bag");

        /// <summary>The term <c>Seq</c>.</summary>
        public static readonly Iri Seq = Term(Namespace, "Seq");

        /// <summary>The term <c>Alt</c>.</summary>
        public static readonly Iri Alt = Term(Namespace, "Alt");
    }
}
