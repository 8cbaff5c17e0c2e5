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

    [TestMethod]
    public void NoCueNoEvent()
    {
        Assert.IsEmpty(SpeechEventTagger.Default.Tag([["Das", "Wetter", "ist", "schön", "."]]));
        // "Reden" capitalized inside a sentence is the noun, lowercase "reden" the verb: both are cues, but of different kinds.
        Assert.AreEqual("", Single("Ihre Reden sind lang .").Message);
    }
}
