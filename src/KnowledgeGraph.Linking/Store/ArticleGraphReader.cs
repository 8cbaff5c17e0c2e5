using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Linking.Store;

/// <summary>
/// Reads what the linker needs from an ingested article's named graph: the article's language and date, its persons
/// (with the offices the article says they hold), offices and places with their labels, and its sentences as context.
/// </summary>
internal static class ArticleGraphReader
{
    public sealed record Article(Iri Graph, LinkingDocument Document, IReadOnlyList<Term> Entities);

    public static IEnumerable<Iri> ArticleGraphs(IQuadSnapshot snapshot)
    {
        if (!snapshot.TryGetId(Vocabulary.Rdf.Type, out long type) || !snapshot.TryGetId(Vocabulary.KnowledgeGraphOntology.Article, out long article))
            yield break;
        foreach (long g in snapshot.NamedGraphs())
        {
            if (snapshot.EstimateCount(TermIds.Any, type, article, g) > 0 && snapshot.Match(TermIds.Any, type, article, g).Any()
                && snapshot.GetTerm(g) is Iri iri)
                yield return iri;
        }
    }

    public static Article? Read(IQuadSnapshot snapshot, Iri graph)
    {
        if (!snapshot.TryGetId(graph, out long g))
            return null;
        long Id(Iri iri) => snapshot.TryGetId(iri, out long id) ? id : -2;
        long type = Id(Vocabulary.Rdf.Type), label = Id(Vocabulary.Rdfs.Label);
        IEnumerable<Term> Objects(long s, long p) =>
            p < 0 ? [] : snapshot.Match(s, p, TermIds.Any, g).Select(q => snapshot.GetTerm(q.Object));
        IEnumerable<long> SubjectsOfType(Iri cls) =>
            type < 0 || Id(cls) < 0 ? [] : snapshot.Match(TermIds.Any, type, Id(cls), g).Select(q => q.Subject);

        long articleNode = SubjectsOfType(Vocabulary.KnowledgeGraphOntology.Article).FirstOrDefault(-2);
        if (articleNode < 0)
            return null;
        string language = Objects(articleNode, Id(Vocabulary.DcTerms.Language)).OfType<Literal>().FirstOrDefault()?.LexicalForm ?? "de";
        DateOnly? date = Objects(articleNode, Id(Vocabulary.DcTerms.Date)).OfType<Literal>().Select(l => DateOnly.TryParse(l.LexicalForm, System.Globalization.CultureInfo.InvariantCulture, out DateOnly d) ? d : (DateOnly?)null).FirstOrDefault(d => d is not null);

        List<string> Labels(long node)
        {
            List<Literal> all = [.. Objects(node, label).OfType<Literal>()];
            return [.. all.OrderBy(l => l.Language == language ? 0 : 1).ThenBy(l => l.Language, StringComparer.Ordinal)
                .Select(l => l.LexicalForm).Distinct(StringComparer.Ordinal)];
        }

        var mentions = new List<EntityMention>();
        var entities = new List<Term>();
        void AddEntities(Iri cls, EntityKind kind)
        {
            foreach (long node in SubjectsOfType(cls).Distinct().OrderBy(n => snapshot.GetTerm(n).ToString(), StringComparer.Ordinal))
            {
                List<string> names = Labels(node);
                if (names.Count == 0)
                    continue;
                List<string> offices = kind == EntityKind.Person
                    ? [.. snapshot.Match(node, Id(Vocabulary.KnowledgeGraphOntology.HoldsOffice), TermIds.Any, g).SelectMany(q => Labels(q.Object).Take(1))]
                    : [];
                Term term = snapshot.GetTerm(node);
                mentions.Add(new EntityMention(names[0], kind) { OtherNames = names[1..], Offices = offices, Key = term.ToString() });
                entities.Add(term);
            }
        }
        AddEntities(Vocabulary.KnowledgeGraphOntology.Office, EntityKind.Office);
        AddEntities(LinkTerms.Place, EntityKind.Place);
        AddEntities(Vocabulary.KnowledgeGraphOntology.Person, EntityKind.Person);

        var text = new List<string>();
        text.AddRange(Objects(articleNode, Id(Vocabulary.DcTerms.Title)).OfType<Literal>().Select(l => l.LexicalForm));
        long sentence = Id(LinkTerms.Sentence);
        if (sentence >= 0)
            text.AddRange(snapshot.Match(TermIds.Any, sentence, TermIds.Any, g).Select(q => snapshot.GetTerm(q.Object)).OfType<Literal>().Select(l => l.LexicalForm).Distinct(StringComparer.Ordinal));
        var document = new LinkingDocument(language, mentions) { Text = string.Join("\n", text), Date = date };
        return new Article(graph, document, entities);
    }
}
