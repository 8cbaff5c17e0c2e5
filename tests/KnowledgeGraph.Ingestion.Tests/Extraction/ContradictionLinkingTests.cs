using KnowledgeGraph.Ingestion.Extraction;

namespace KnowledgeGraph.Ingestion.Tests.Extraction;

/// <summary>
/// Which statements an explicit contradiction cue links: only those it refers to (the one in the cue's sentence, else
/// per side the one that shares the other side's policy or words, else the nearest), and the side a possessive subject
/// names ("Seine Forderung …", "Her claim …").
/// </summary>
[TestClass]
public sealed class ContradictionLinkingTests
{
    private static (string First, string Second) Pair(ExtractedContradiction c) => (c.First.Text, c.Second.Text);

    [TestMethod]
    public void GermanCueLinksTheStatementOnTheSameTopicNotEveryStatement()
    {
        var r = TestHelpers.Ingest(
            "Bundesverkehrsministerin Anna Vogt sagte am Montag, ein Tempolimit auf Autobahnen komme nicht. Die Maut für Lastwagen werde dagegen steigen. "
            + "Der Ausbau der Radwege solle schneller gehen.\n\nBundesumweltminister Paul Brandt widersprach Vogt. Ein Tempolimit auf Autobahnen sei überfällig, sagte Brandt.",
            "de");
        Assert.HasCount(4, r.Analysis.Statements);
        ExtractedContradiction c = r.Analysis.Contradictions.Single();
        Assert.AreEqual(("Ein Tempolimit auf Autobahnen sei überfällig", "ein Tempolimit auf Autobahnen komme nicht"), Pair(c));
    }

    [TestMethod]
    public void GermanCueWithoutSharedWordsLinksTheNearestStatementOfEachSide()
    {
        var r = TestHelpers.Ingest(
            "Bundesverkehrsministerin Anna Vogt sagte am Montag, die Bahn brauche mehr Geld. Die Maut für Lastwagen werde steigen.\n\n"
            + "Bundesfinanzminister Paul Brandt widersprach Vogt. Der Haushalt gebe das nicht her, sagte Brandt. Zuerst müsse gespart werden.",
            "de");
        Assert.HasCount(4, r.Analysis.Statements);
        ExtractedContradiction c = r.Analysis.Contradictions.Single();
        Assert.AreEqual(("Der Haushalt gebe das nicht her", "Die Maut für Lastwagen werde steigen"), Pair(c));
    }

    [TestMethod]
    public void EnglishCueLinksTheStatementInTheCueSentence()
    {
        var r = TestHelpers.Ingest(
            "Senator Mary Collins said on Monday that the tax cut would help families. She added that schools needed more money.\n\n"
            + "Governor Tom Baker contradicted Collins. \"The tax cut helps nobody but the rich,\" Baker said.",
            "en");
        ExtractedContradiction c = r.Analysis.Contradictions.Single();
        Assert.AreEqual(("The tax cut helps nobody but the rich", "the tax cut would help families"), Pair(c));
    }

    [TestMethod]
    public void GermanPossessiveSubjectOfARelationCueIsItsPerson()
    {
        var r = TestHelpers.Ingest(
            "Bundesfinanzministerin Clara Hensel sagte am Dienstag, die Schuldenbremse bleibe unangetastet.\n\n"
            + "Der Abgeordnete Jonas Wirth forderte dagegen neue Kredite. Seine Forderung steht im Widerspruch zu der Linie der Ministerin. "
            + "Ohne neue Kredite sei die Bahn nicht zu sanieren, sagte Wirth.",
            "de");
        ExtractedContradiction c = r.Analysis.Contradictions.Single();
        Assert.AreEqual("Jonas Wirth", c.First.Speaker.Name);
        Assert.AreEqual("Clara Hensel", c.Second.Speaker.Name);
        Assert.AreEqual("im Widerspruch zu", c.Cue);
    }

    [TestMethod]
    public void EnglishPossessiveSubjectOfAVerbCueIsItsPerson()
    {
        var r = TestHelpers.Ingest(
            "Governor Tom Baker said the bridge would be finished in May.\n\n"
            + "Senator Mary Collins visited the site on Tuesday. \"Nothing has been built,\" Collins said. Her account contradicts Baker.",
            "en");
        ExtractedContradiction c = r.Analysis.Contradictions.Single();
        Assert.AreEqual("Mary Collins", c.First.Speaker.Name);
        Assert.AreEqual("Tom Baker", c.Second.Speaker.Name);
    }

    [TestMethod]
    [DataRow("Seine Sprecherin widersprach Hensel.", "de")]
    [DataRow("Seine Partei steht im Widerspruch zu der Ministerin.", "de")]
    public void PossessiveOfAnotherPersonOrGroupGivesNoSide(string cueSentence, string language)
    {
        var r = TestHelpers.Ingest(
            "Bundesfinanzministerin Clara Hensel sagte am Dienstag, die Schuldenbremse bleibe unangetastet.\n\n"
            + "Der Abgeordnete Jonas Wirth sagte, neue Kredite seien nötig. " + cueSentence,
            language);
        Assert.HasCount(2, r.Analysis.Statements);
        Assert.IsEmpty(r.Analysis.Contradictions);
    }

    [TestMethod]
    public void GermanFeminineOrPluralPossessiveResolvesOnlyToAKnownWoman()
    {
        var r = TestHelpers.Ingest(
            "Der Abgeordnete Jonas Wirth sagte, neue Kredite seien nötig. Die Grünen sprachen von Schulden. Ihre Kritik steht im Widerspruch zu Wirth.",
            "de");
        Assert.IsEmpty(r.Analysis.Contradictions);
    }
}
