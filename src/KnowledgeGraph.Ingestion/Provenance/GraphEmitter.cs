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

        // Every Person, Office, Place and Policy node: its class, labels in both languages, and its Wikidata item if known.
        void AddEntity(Iri node, Iri type, string labelDe, string labelEn, string? qid)
        {
            Add(node, Vocabulary.Rdf.Type, type);
            Add(node, Vocabulary.Rdfs.Label, new Literal(labelDe, "de"));
            Add(node, Vocabulary.Rdfs.Label, new Literal(labelEn, "en"));
            if (qid is not null)
                Add(node, Vocabulary.Owl.SameAs, Vocabulary.Wikidata.Item(qid));
        }

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
            AddEntity(p, Kgo.Person, person.Name, person.Name, person.Qid);
            foreach (OfficeEntry office in person.OfficeEntries)
            {
                Iri o = names.Office(office.Key);
                Add(p, Kgo.HoldsOffice, o);
                if (officesSeen.Add(office.Key))
                {
                    AddEntity(o, Kgo.Office, office.LabelDe, office.LabelEn, office.Qid);
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
                    AddEntity(pl, Kgo.Place, place.LabelDe, place.LabelEn, place.Qid);
                }
            }
            foreach (PolicyEntry policy in statement.Policies)
            {
                Iri po = names.Policy(policy.Key);
                Add(s, Kgo.About, po);
                if (policiesSeen.Add(policy.Key))
                {
                    AddEntity(po, Kgo.Policy, policy.LabelDe, policy.LabelEn, qid: null);
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
            Add(node, Kgo.DetectionMethod, contradiction.Method == ContradictionMethod.ConflictingPolarity ? Kgo.ConflictingPolarity : Kgo.ExplicitCue);
            Add(node, Kgo.Cue, new Literal(contradiction.Cue, language));
            // Conflicting polarity has no sentence that states it: the evidence is the two statements' sentences.
            if (contradiction.Method == ContradictionMethod.ConflictingPolarity && contradiction.First.Sentence != contradiction.EvidenceSentence)
                Add(node, Kgo.EvidenceText, new Literal(contradiction.First.Sentence, language));
            Add(node, Kgo.EvidenceText, new Literal(contradiction.EvidenceSentence, language));
            Add(node, Kgo.EvidenceSource, articleIri);
        }
        return quads;
    }
}
