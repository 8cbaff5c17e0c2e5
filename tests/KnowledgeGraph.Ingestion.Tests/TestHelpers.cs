using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Ingestion.Tests;

internal static class TestHelpers
{
    public static IngestionResult Ingest(string text, string language, DateOnly? date = null, string id = "test") =>
        new ArticleIngestor().Ingest(new ArticleInput(id, text) { Language = language, Date = date });

    public static IEnumerable<Term> Objects(this IEnumerable<Quad> quads, Term subject, Iri predicate) =>
        quads.Where(q => q.Subject == subject && q.Predicate == predicate).Select(q => q.Object);

    public static IEnumerable<Term> SubjectsOfType(this IEnumerable<Quad> quads, Iri type) =>
        quads.Where(q => q.Predicate == Vocabulary.Rdf.Type && q.Object == type).Select(q => q.Subject).Distinct();

    public static string Label(this IEnumerable<Quad> quads, Term subject) =>
        quads.Objects(subject, Vocabulary.Rdfs.Label).OfType<Literal>().First().LexicalForm;

    /// <summary>(speaker name, statement text) of every statement.</summary>
    public static List<(string Speaker, string Text)> Statements(IngestionResult result) =>
        [.. result.Analysis.Statements.Select(s => (s.Speaker.Name, s.Text))];
}
