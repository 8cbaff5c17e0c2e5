namespace KnowledgeGraph.Rdf.Vocabularies;

public static partial class Vocabulary
{
    /// <summary>schema.org (https form, as schema.org publishes it).</summary>
    public static class Schema
    {
        /// <summary>The namespace IRI.</summary>
        public static readonly Iri Namespace = Iri.FromValidated("https://schema.org/");

        /// <summary>The term <c>Person</c>.</summary>
        public static readonly Iri Person = Term(Namespace, "Person");

        /// <summary>The term <c>Quotation</c>.</summary>
        public static readonly Iri Quotation = Term(Namespace, "Quotation");

        /// <summary>The term <c>NewsArticle</c>.</summary>
        public static readonly Iri NewsArticle = Term(Namespace, "NewsArticle");

        /// <summary>The term <c>name</c>.</summary>
        public static readonly Iri Name = Term(Namespace, "name");

        /// <summary>The term <c>headline</c>.</summary>
        public static readonly Iri Headline = Term(Namespace, "headline");

        /// <summary>The term <c>datePublished</c>.</summary>
        public static readonly Iri DatePublished = Term(Namespace, "datePublished");

        /// <summary>The term <c>url</c>.</summary>
        public static readonly Iri Url = Term(Namespace, "url");

        /// <summary>The term <c>inLanguage</c>.</summary>
        public static readonly Iri InLanguage = Term(Namespace, "inLanguage");

        /// <summary>The term <c>author</c>.</summary>
        public static readonly Iri Author = Term(Namespace, "author");

        /// <summary>The term <c>text</c>.</summary>
        public static readonly Iri Text = Term(Namespace, "text");
    }
}
