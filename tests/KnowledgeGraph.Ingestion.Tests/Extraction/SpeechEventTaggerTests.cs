using KnowledgeGraph.Ingestion.Extraction.De;

namespace KnowledgeGraph.Ingestion.Tests.Extraction;

[TestClass]
public sealed class SpeechEventTaggerTests
{
    private static (string Cue, string Source, string Message) Single(string sentence)
    {
        string[] tokens = sentence.Split(' ');
        SpeechEvent e = SpeechEventTagger.Default.Tag([tokens]).Single();
        string Words(IReadOnlyList<TokenPosition> positions) => string.Join(' ', positions.Select(p => tokens[p.Token]));
        return (Words(e.Cue), Words(e.Source), Words(e.Message));
    }

    [TestMethod]
    public void SubjectBeforeTheVerbAndComplementClause()
    {
        var (cue, source, message) = Single("Ich sage , dass wir das nicht mittragen .");
        Assert.AreEqual("sage", cue);
        Assert.AreEqual("Ich", source);
        Assert.AreEqual("dass wir das nicht mittragen", message);
    }

    [TestMethod]
    public void InvertedSubjectAfterTheVerb()
    {
        var (cue, source, _) = Single("Deshalb fordern wir eine Abschaffung des Gesetzes .");
        Assert.AreEqual("fordern", cue);
        Assert.AreEqual("wir", source);
    }

    [TestMethod]
    public void SeparatedParticleIsNotTheCueButBoundsTheMessage()
    {
        var (cue, source, message) = Single("Wir lehnen diese Totalüberwachung der Bürger ab .");
        Assert.AreEqual("lehnen", cue);
        Assert.AreEqual("Wir", source);
        Assert.AreEqual("diese Totalüberwachung der Bürger", message);
    }

    [TestMethod]
    public void ParticipleCueTakesTheSubjectOfTheAuxiliary()
    {
        var (cue, source, _) = Single("Das hat die Bundesregierung gesagt .");
        Assert.AreEqual("gesagt", cue);
        Assert.AreEqual("die Bundesregierung", source);
    }

    [TestMethod]
    public void NounCueWithPossessiveOrGenitiveSource()
    {
        Assert.AreEqual(("Antrag", "Ihr", ""), Single("Ihr Antrag ist falsch ."));
        Assert.AreEqual(("Antrag", "der Linken", ""), Single("Der Antrag der Linken ist falsch ."));
    }

    /// <summary>The source of the event whose cue is <paramref name="cue"/>.</summary>
    private static string SourceOf(string sentence, string cue)
    {
        string[] tokens = sentence.Split(' ');
        SpeechEvent e = SpeechEventTagger.Default.Tag([tokens]).Single(x => tokens[x.Cue[0].Token] == cue);
        return string.Join(' ', e.Source.Select(p => tokens[p.Token]));
    }

    [TestMethod]
    [DataRow("Frau Dr. Lindner hatte das erwähnt .", "erwähnt", "Frau Dr. Lindner")]
    [DataRow("Wie Pro Familia erwähnt hat , ist das falsch .", "erwähnt", "Pro Familia")]
    [DataRow("Das weiß auch , wie Kollege Brandt betont , die Regierung .", "betont", "Kollege Brandt")]
    [DataRow("Heute sagte er das .", "sagte", "er")]
    [DataRow("Ich erinnere an Max Weber , der äußerte : Politik ist ein Bohren dicker Bretter .", "äußerte", "der")]
    [DataRow("Die Mehrheit der Befragten lehnt das Gesetz ab .", "lehnt", "Die Mehrheit der Befragten")]
    [DataRow("Der bayerische Ministerpräsident spricht von Missbrauch .", "spricht", "Der bayerische Ministerpräsident")]
    [DataRow("Wir als Fraktion lehnen das Gesetz ab .", "lehnen", "Wir als Fraktion")]
    public void SubjectNounPhrasesNamesAndRelativePronouns(string sentence, string cue, string source) =>
        Assert.AreEqual(source, SourceOf(sentence, cue));

    [TestMethod]
    [DataRow("Die Zahl ist schon genannt worden .", "genannt")]
    [DataRow("Es ist richtig , die Abschaffung zu fordern .", "fordern")]
    [DataRow("Am Ende lehnen eine Fusion alle ab .", "lehnen")]
    public void PassivesInfinitivesAndObjectsAreNoSource(string sentence, string cue) => Assert.AreEqual("", SourceOf(sentence, cue));

    [TestMethod]
    public void ARelativePronounWithAnotherPronounBeforeTheVerbIsItsObject() =>
        Assert.AreNotEqual("das", SourceOf("Das ist ein Angebot , das ihr nicht ablehnen könnt .", "ablehnen"));

    [TestMethod]
    public void AFiniteFormSharedBySeparableVerbsTakesEitherParticle()
    {
        Assert.AreEqual(("weist", "Er", "das entschieden"), Single("Er weist das entschieden zurück ."));
        Assert.AreEqual(("weist", "Sie", "auf die Kosten"), Single("Sie weist auf die Kosten hin ."));
    }

    [TestMethod]
    public void NoCueNoEvent()
    {
        Assert.IsEmpty(SpeechEventTagger.Default.Tag([["Das", "Wetter", "ist", "schön", "."]]));
        // "Reden" capitalized inside a sentence is the noun, lowercase "reden" the verb: both are cues, but of different kinds.
        Assert.AreEqual("", Single("Ihre Reden sind lang .").Message);
    }
}
