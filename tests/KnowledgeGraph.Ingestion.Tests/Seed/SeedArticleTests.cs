using KnowledgeGraph.Ingestion.Ontology;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Ingestion.Tests.Seed;

/// <summary>
/// The acceptance case: every fact the ASK queries in Seed/expected/*.rq demand, checked directly on the quads
/// with a message per fact; SeedSparqlAcceptanceTests runs the .rq files themselves with the SPARQL engine.
/// </summary>
[TestClass]
public sealed class SeedArticleTests
{
    private static readonly Lazy<IngestionResult> s_result = new(() =>
        new ArticleIngestor().IngestPath(Path.Combine(AppContext.BaseDirectory, "Seed", "kelly-mexiko.de.json")).Single());

    private static IReadOnlyList<Quad> Quads => s_result.Value.Quads;

    private static Term PersonLabelled(Func<string, bool> label) =>
        Quads.SubjectsOfType(Kgo.Person).Single(p => Quads.Objects(p, Vocabulary.Rdfs.Label).OfType<Literal>().Any(l => label(l.LexicalForm)));

    private static List<Term> StatementsBy(Term person) =>
        [.. Quads.Where(q => q.Predicate == Kgo.Speaker && q.Object == person).Select(q => q.Subject)];

    private static string TextOf(Term statement) => ((Literal)Quads.Objects(statement, Kgo.Text).Single()).LexicalForm;

    [TestMethod]
    public void Q01_FourPersonsEachOnce()
    {
        Assert.HasCount(4, Quads.SubjectsOfType(Kgo.Person).ToList());
        PersonLabelled(l => l == "John Kelly");
        PersonLabelled(l => l == "Donald Trump");
        PersonLabelled(l => l == "Rex Tillerson");
        PersonLabelled(l => l.Contains("Videgaray"));
    }

    [TestMethod]
    [DataRow("Kelly", "Q642859")]
    [DataRow("Tillerson", "Q14213")]
    [DataRow("Trump", "Q11696")]
    public void Q02_OfficesLinkedAndLabelledInBothLanguages(string person, string officeQid)
    {
        Term p = PersonLabelled(l => l.Contains(person));
        Term office = Quads.Objects(p, Kgo.HoldsOffice).Single();
        Assert.Contains(office, Quads.SubjectsOfType(Kgo.Office).ToList());
        Assert.AreEqual<Term>(Vocabulary.Wikidata.Item(officeQid), Quads.Objects(office, Vocabulary.Owl.SameAs).Single());
        List<string?> languages = [.. Quads.Objects(office, Vocabulary.Rdfs.Label).OfType<Literal>().Select(l => l.Language)];
        CollectionAssert.AreEquivalent(new[] { "de", "en" }, languages);
    }

    [TestMethod]
    public void Q03_VerifiedPersonsLinked()
    {
        Assert.AreEqual<Term>(Vocabulary.Wikidata.Item("Q22686"), Quads.Objects(PersonLabelled(l => l.Contains("Trump")), Vocabulary.Owl.SameAs).Single());
        Assert.AreEqual<Term>(Vocabulary.Wikidata.Item("Q11689894"), Quads.Objects(PersonLabelled(l => l.Contains("Videgaray")), Vocabulary.Owl.SameAs).Single());
        // Kelly and Tillerson are not verified: no link at all rather than a guess.
        Assert.IsFalse(Quads.Objects(PersonLabelled(l => l.Contains("Kelly")), Vocabulary.Owl.SameAs).Any());
        Assert.IsFalse(Quads.Objects(PersonLabelled(l => l.Contains("Tillerson")), Vocabulary.Owl.SameAs).Any());
    }

    [TestMethod]
    public void Q04_KellyQuoteDatedAndSourced()
    {
        Term kelly = PersonLabelled(l => l.Contains("Kelly"));
        Term quote = StatementsBy(kelly).Single(s => Quads.Objects(s, Kgo.Text).OfType<Literal>().Any(t => t.LexicalForm.Contains("Massenabschiebungen") && t.Language == "de")
            && Quads.Objects(s, Kgo.StatedOn).Contains(Literal.Create(new DateOnly(2017, 2, 23))));
        Term article = Quads.Objects(quote, Kgo.Source).Single();
        Assert.Contains(article, Quads.SubjectsOfType(Kgo.Article).ToList());
        Assert.AreEqual<Term>(Kgo.DirectQuote, Quads.Objects(quote, Kgo.QuoteType).Single());
        Assert.AreEqual("Es wird keine, ich wiederhole keine Massenabschiebungen geben", TextOf(quote));
    }

    [TestMethod]
    public void Q05_KellyReportedSpeechOnTheArmy()
    {
        Term kelly = PersonLabelled(l => l.Contains("Kelly"));
        Term reported = StatementsBy(kelly).Single(s => TextOf(s).Contains("Armee") && TextOf(s).Contains("beteiligen") && !TextOf(s).Contains("Umsetzung"));
        Assert.AreEqual<Term>(Kgo.ReportedSpeech, Quads.Objects(reported, Kgo.QuoteType).Single());
    }

    [TestMethod]
    public void Q06_TrumpStatementsIncludingTheDemonstrative()
    {
        List<string> texts = [.. StatementsBy(PersonLabelled(l => l.Contains("Trump"))).Select(TextOf)];
        Assert.IsTrue(texts.Any(t => t.Contains("Militäroperation")));
        Assert.IsTrue(texts.Any(t => t.Contains("böse Kerle")));
    }

    [TestMethod]
    public void Q07_TillersonStatements()
    {
        List<string> texts = [.. StatementsBy(PersonLabelled(l => l.Contains("Tillerson"))).Select(TextOf)];
        Assert.IsTrue(texts.Any(t => t.Contains("Verpflichtung")));
        Assert.IsTrue(texts.Any(t => t.Contains("Schmuggel")));
    }

    [TestMethod]
    public void Q08_ContradictionBetweenKellyAndTrumpBothWays()
    {
        Term kelly = PersonLabelled(l => l.Contains("Kelly"));
        Term trump = PersonLabelled(l => l.Contains("Trump"));
        List<(Term A, Term B)> pairs = [.. Quads.Where(q => q.Predicate == Kgo.Contradicts).Select(q => (q.Subject, q.Object))];
        Assert.IsTrue(pairs.Any(p => pairs.Contains((p.B, p.A))
            && Quads.Objects(p.A, Kgo.Speaker).Single() == kelly && Quads.Objects(p.B, Kgo.Speaker).Single() == trump));
        Term node = Quads.SubjectsOfType(Kgo.Contradiction).First();
        Assert.AreEqual<Term>(Kgo.ExplicitCue, Quads.Objects(node, Kgo.DetectionMethod).Single());
        Assert.AreEqual("im Widerspruch zu", ((Literal)Quads.Objects(node, Kgo.Cue).Single()).LexicalForm);
    }

    [TestMethod]
    public void Q09_NoWrongSpeaker()
    {
        foreach (Quad q in Quads.Where(q => q.Predicate == Kgo.Speaker))
        {
            string text = TextOf(q.Subject);
            string speaker = Quads.Label(q.Object);
            if (text.Contains("Militäroperation"))
                Assert.Contains("Trump", speaker);
            if (text.Contains("ich wiederhole"))
                Assert.Contains("Kelly", speaker);
        }
    }

    [TestMethod]
    public void Q10_NoUncuedContradictionInvolvingTillerson()
    {
        Term tillerson = PersonLabelled(l => l.Contains("Tillerson"));
        Assert.IsFalse(Quads.Where(q => q.Predicate == Kgo.Contradicts).Any(q => Quads.Objects(q.Subject, Kgo.Speaker).Single() == tillerson));
    }

    [TestMethod]
    public void Q11_ImmigrationGuidelinesPolicy()
    {
        Term policy = Quads.SubjectsOfType(Kgo.Policy).Single(p => Quads.Objects(p, Vocabulary.Rdfs.Label).OfType<Literal>()
            .Any(l => l.Language == "de" && l.LexicalForm.Contains("einwanderung", StringComparison.OrdinalIgnoreCase)));
        Assert.IsTrue(Quads.Objects(policy, Vocabulary.Rdfs.Label).OfType<Literal>().Any(l => l.Language == "en" && l.LexicalForm.Contains("immigration")));
        Assert.IsTrue(Quads.Any(q => q.Predicate == Kgo.About && q.Object == policy));
    }

    [TestMethod]
    public void Q12_FactsInTheArticlesNamedGraph()
    {
        Assert.IsTrue(Quads.All(q => q.Graph == s_result.Value.Graph));
        Assert.AreEqual("https://w3id.org/knowledge-graph/resource/graph/kelly-mexiko-2017-02-23", s_result.Value.Graph.Value);
        Term article = s_result.Value.ArticleIri;
        Assert.AreEqual<Term>(Literal.Create(new DateOnly(2017, 2, 23)), Quads.Objects(article, Vocabulary.DcTerms.Date).Single());
        Assert.AreEqual<Term>(new Literal("de"), Quads.Objects(article, Vocabulary.DcTerms.Language).Single());
    }

    [TestMethod]
    public void SevenStatementsWithTheirSpeakers()
    {
        List<(string, string)> found = [.. s_result.Value.Analysis.Statements.Select(s => (s.Speaker.Name, s.Text[..Math.Min(20, s.Text.Length)]))];
        CollectionAssert.AreEqual(new List<(string, string)>
        {
            ("John Kelly", "Bei der Umsetzung de"),
            ("John Kelly", "Es wird keine, ich w"),
            ("John Kelly", "Die Armee werde sich"),
            ("Donald Trump", "die verschärften Ein"),
            ("Donald Trump", "Wir schaffen echt bö"),
            ("Rex Tillerson", "beide Seiten hätten "),
            ("Rex Tillerson", "die USA dafür sorgen"),
        }, found);
    }

    [TestMethod]
    public void StatementOffsetsPointAtTheirSentences()
    {
        string text = s_result.Value.Article.Text;
        foreach (var s in s_result.Value.Analysis.Statements)
        {
            Assert.AreEqual(s.Sentence, text[s.SentenceStart..s.SentenceEnd]);
            Assert.Contains(s.Text.Split(' ')[0], s.Sentence);
        }
    }

    [TestMethod]
    public void PersonIrisAreReadable()
    {
        List<string> iris = [.. Quads.SubjectsOfType(Kgo.Person).Select(p => ((Iri)p).Value)];
        Assert.Contains("https://w3id.org/knowledge-graph/resource/person/john-kelly", iris);
        Assert.Contains("https://w3id.org/knowledge-graph/resource/person/donald-trump", iris);
    }

    [TestMethod]
    public void ExpectedQueriesAreCopied() =>
        Assert.HasCount(12, Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seed", "expected"), "*.rq"));
}
