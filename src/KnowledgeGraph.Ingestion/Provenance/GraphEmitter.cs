using KnowledgeGraph.Ingestion.Extraction;
using KnowledgeGraph.Ingestion.Lexicons;
using KnowledgeGraph.Ingestion.Ontology;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Ingestion.Provenance;

/// <summary>
/// Turns an article's analysis into quads, all in the article's own named graph: the Article node (identifier,
/// title, date, language, URL), persons with their offices and Wikidata links, statements with speaker, text,
/// date, place, policies and sentence offsets, and contradictions in both directions with how they were found.
/// </summary>
internal sealed class GraphEmitter(ResourceNamer names)
{
    public List<Quad> Emit(ArticleInput article, string language, DateOnly? date, ArticleAnalysis analysis, out Iri graph, out Iri articleIri)
    {
        graph = names.Graph(article.Id);
        articleIri = names.Article(article.Id);
        var quads = new List<Quad>();
        Iri g = graph;
        void Add(Term s, Iri p, Term o) => quads.Add(new Quad(s, p, o, g));

        Add(articleIri, Vocabulary.Rdf.Type, Kgo.Article);
        Add(articleIri, Vocabulary.DcTerms.Identifier, new Literal(article.Id));
        Add(articleIri, Vocabulary.DcTerms.Language, new Literal(language));
        if (!string.IsNullOrWhiteSpace(article.Title))
            Add(articleIri, Vocabulary.DcTerms.Title, new Literal(article.Title.Trim(), language));
        if (date is { } d)
            Add(articleIri, Vocabulary.DcTerms.Date, Literal.Create(d));
        if (article.Url is { } url && Iri.TryParse(url, out Iri? urlIri))
            Add(articleIri, Vocabulary.Schema.Url, urlIri);

        // Only persons the article attributes something to or gives an office are worth a node; a bare surname
        // elsewhere still is a person, so every recognised person is kept.
        var personIris = new Dictionary<PersonEntity, Iri>();
        var officesSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (PersonEntity person in analysis.Persons)
        {
            Iri p = names.Person(person.Name);
            personIris[person] = p;
            Add(p, Vocabulary.Rdf.Type, Kgo.Person);
            Add(p, Vocabulary.Rdfs.Label, new Literal(person.Name, "de"));
            Add(p, Vocabulary.Rdfs.Label, new Literal(person.Name, "en"));
            if (person.Qid is { } qid)
                Add(p, Vocabulary.Owl.SameAs, Vocabulary.Wikidata.Item(qid));
            foreach (OfficeEntry office in person.OfficeEntries)
            {
                Iri o = names.Office(office.Key);
                Add(p, Kgo.HoldsOffice, o);
                if (officesSeen.Add(office.Key))
                {
                    Add(o, Vocabulary.Rdf.Type, Kgo.Office);
                    Add(o, Vocabulary.Rdfs.Label, new Literal(office.LabelDe, "de"));
                    Add(o, Vocabulary.Rdfs.Label, new Literal(office.LabelEn, "en"));
                    if (office.Qid is { } oq)
                        Add(o, Vocabulary.Owl.SameAs, Vocabulary.Wikidata.Item(oq));
                }
            }
        }

        var statementIris = new Dictionary<ExtractedStatement, Iri>();
        var policiesSeen = new HashSet<string>(StringComparer.Ordinal);
        var placesSeen = new HashSet<string>(StringComparer.Ordinal);
        int n = 0;
        foreach (ExtractedStatement statement in analysis.Statements)
        {
            Iri s = names.Statement(article.Id, ++n);
            statementIris[statement] = s;
            Add(s, Vocabulary.Rdf.Type, Kgo.Statement);
            Add(s, Kgo.Speaker, personIris[statement.Speaker]);
            Add(s, Kgo.Text, new Literal(statement.Text, language));
            Add(s, Kgo.QuoteType, statement.Type == QuoteType.Direct ? Kgo.DirectQuote : Kgo.ReportedSpeech);
            Add(s, Kgo.Source, articleIri);
            Add(s, Kgo.Sentence, new Literal(statement.Sentence, language));
            Add(s, Kgo.CharStart, Literal.Create(statement.SentenceStart));
            Add(s, Kgo.CharEnd, Literal.Create(statement.SentenceEnd));
            Add(s, Kgo.Cue, new Literal(statement.Cue, language));
            if (statement.Date is { } when)
                Add(s, Kgo.StatedOn, Literal.Create(when));
            if (statement.Place is { } place)
            {
                Iri pl = names.Place(place.Key);
                Add(s, Kgo.PlaceProperty, pl);
                if (placesSeen.Add(place.Key))
                {
                    Add(pl, Vocabulary.Rdf.Type, Kgo.Place);
                    Add(pl, Vocabulary.Rdfs.Label, new Literal(place.LabelDe, "de"));
                    Add(pl, Vocabulary.Rdfs.Label, new Literal(place.LabelEn, "en"));
                    if (place.Qid is { } pq)
                        Add(pl, Vocabulary.Owl.SameAs, Vocabulary.Wikidata.Item(pq));
                }
            }
            foreach (PolicyEntry policy in statement.Policies)
            {
                Iri po = names.Policy(policy.Key);
                Add(s, Kgo.About, po);
                if (policiesSeen.Add(policy.Key))
                {
                    Add(po, Vocabulary.Rdf.Type, Kgo.Policy);
                    Add(po, Vocabulary.Rdfs.Label, new Literal(policy.LabelDe, "de"));
                    Add(po, Vocabulary.Rdfs.Label, new Literal(policy.LabelEn, "en"));
                }
            }
        }

        int c = 0;
        foreach (ExtractedContradiction contradiction in analysis.Contradictions)
        {
            Iri a = statementIris[contradiction.First];
            Iri b = statementIris[contradiction.Second];
            Add(a, Kgo.Contradicts, b);
            Add(b, Kgo.Contradicts, a);
            Iri node = names.Contradiction(article.Id, ++c);
            Add(node, Vocabulary.Rdf.Type, Kgo.Contradiction);
            Add(node, Kgo.StatementProperty, a);
            Add(node, Kgo.StatementProperty, b);
            Add(node, Kgo.DetectionMethod, Kgo.ExplicitCue);
            Add(node, Kgo.Cue, new Literal(contradiction.Cue, language));
            Add(node, Kgo.EvidenceText, new Literal(contradiction.EvidenceSentence, language));
            Add(node, Kgo.EvidenceSource, articleIri);
        }
        return quads;
    }
}
