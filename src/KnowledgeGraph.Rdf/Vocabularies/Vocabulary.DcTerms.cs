namespace KnowledgeGraph.Rdf.Vocabularies;

public static partial class Vocabulary
{
    /// <summary>DCMI Metadata Terms.</summary>
    public static class DcTerms
    {
        /// <summary>The namespace IRI.</summary>
        public static readonly Iri Namespace = Iri.FromValidated("http://purl.org/dc/terms/");

        /// <summary>The term <c>title</c>.</summary>
        public static readonly Iri Title = Term(Namespace, "title");

        /// <summary>The term <c>date</c>.</summary>
        public static readonly Iri Date = Term(Namespace, "date");

        /// <summary>The term <c>language</c>.</summary>
        public static readonly Iri Language = Term(Namespace, "language");

        /// <summary>The term <c>source</c>.</summary>
        public static readonly Iri Source = Term(Namespace, "source");

        /// <summary>The term <c>created</c>.</summary>
        public static readonly Iri Created = Term(Namespace, "created");

        /// <summary>The term <c>modified</c>.</summary>
        public static readonly Iri Modified = Term(Namespace, "modified");

        /// <summary>The term <c>creator</c>.</summary>
        public static readonly Iri Creator = Term(Namespace, "creator");

        /// <summary>The term <c>license</c>.</summary>
        public static readonly Iri License = Term(Namespace, "license");

        /// <summary>The term <c>identifier</c>.</summary>
        public static readonly Iri Identifier = Term(Namespace, "identifier");

        /// <summary>The term <c>description</c>.</summary>
        public static readonly Iri Description = Term(Namespace, "description");
    }
}
