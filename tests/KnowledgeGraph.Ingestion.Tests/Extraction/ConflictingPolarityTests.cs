using KnowledgeGraph.Ingestion.Extraction;
using KnowledgeGraph.Ingestion.Ontology;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Ingestion.Tests.Extraction;

/// <summary>
/// The second contradiction signal: different speakers with clearly opposite stances on the same policy
/// (<c>kgo:ConflictingPolarity</c>). Precision first: anything short of a clear stance of the speaker's own on the same
/// policy node gives nothing.
/// </summary>
[TestClass]
public sealed class ConflictingPolarityTests
{
    private const string GermanSupport = "„Wir unterstützen die Steuerreform“, sagte Bundesfinanzministerin Clara Hensel am Montag.\n\n";
    private const string EnglishSupport = "\"We support the travel ban,\" Governor Tom Baker said on Monday.\n\n";

    private static ExtractedContradiction SingleConflict(string text, string language)
    {
        var r = TestHelpers.Ingest(text, language);
        ExtractedContradiction c = r.Analysis.Contradictions.Single();
        Assert.AreEqual(ContradictionMethod.ConflictingPolarity, c.Method);
        return c;
    }

    private static void NoContradiction(string text, string language, int statements = 2)
    {
        var r = TestHelpers.Ingest(text, language);
        Assert.HasCount(statements, r.Analysis.Statements, string.Join(" | ", TestHelpers.Statements(r)));
        Assert.IsEmpty(r.Analysis.Contradictions, string.Join(" | ", r.Analysis.Contradictions.Select(c => $"{c.First} <> {c.Second}")));
    }

    [TestMethod]
    [DataRow("Der Abgeordnete Jonas Wirth sagte, er lehne die Steuerreform ab.", "lehne … ab")]
    [DataRow("„Wir lehnen diese Steuerreform entschieden ab“, sagte der Abgeordnete Jonas Wirth.", "lehnen … ab")]
    [DataRow("„Ich werde die Steuerreform nicht unterstützen“, sagte der Abgeordnete Jonas Wirth.", "nicht … unterstützen")]
    [DataRow("„Wir sind gegen jede Steuerreform“, sagte der Abgeordnete Jonas Wirth.", "gegen")]
    [DataRow("„Eine Steuerreform wird es mit uns nicht geben“, sagte der Abgeordnete Jonas Wirth.", null)]
    [DataRow("„Es wird keine Steuerreform geben“, sagte der Abgeordnete Jonas Wirth.", "keine")]
    [DataRow("Der Abgeordnete Jonas Wirth forderte, die Steuerreform zu stoppen.", "zu stoppen")]
    public void GermanOppositeStancesOnTheSamePolicyConflict(string opposition, string? cue)
    {
        var r = TestHelpers.Ingest(GermanSupport + opposition, "de");
        Assert.HasCount(2, r.Analysis.Statements, string.Join(" | ", TestHelpers.Statements(r)));
        if (cue is null)
        {
            // "mit uns nicht geben": the negation stands apart from the policy and no stance word is there — no clear stance.
            Assert.IsEmpty(r.Analysis.Contradictions);
            return;
        }
        ExtractedContradiction c = r.Analysis.Contradictions.Single();
        Assert.AreEqual(ContradictionMethod.ConflictingPolarity, c.Method);
        Assert.AreEqual("Clara Hensel", c.First.Speaker.Name);
        Assert.AreEqual("Jonas Wirth", c.Second.Speaker.Name);
        Assert.AreEqual("unterstützen / " + cue, c.Cue);
        Assert.AreEqual(c.Second.Sentence, c.EvidenceSentence);
    }

    [TestMethod]
    [DataRow("Senator Mary Collins said she opposed the travel ban.", "opposed")]
    [DataRow("\"I don't support the travel ban,\" Senator Mary Collins said.", "don't … support")]
    [DataRow("\"There will be no travel ban,\" Senator Mary Collins said.", "no")]
    [DataRow("\"We are against the travel ban,\" Senator Mary Collins said.", "against")]
    [DataRow("Senator Mary Collins urged the governor to scrap the travel ban.", "to scrap")]
    public void EnglishOppositeStancesOnTheSamePolicyConflict(string opposition, string cue)
    {
        ExtractedContradiction c = SingleConflict(EnglishSupport + opposition, "en");
        Assert.AreEqual("Tom Baker", c.First.Speaker.Name);
        Assert.AreEqual("Mary Collins", c.Second.Speaker.Name);
        Assert.AreEqual("support / " + cue, c.Cue);
    }

    [TestMethod]
    [DataRow("Der Abgeordnete Jonas Wirth sagte, die Opposition lehne die Steuerreform ab.")]
    [DataRow("Der Abgeordnete Jonas Wirth sagte, wenn die Steuerreform komme, lehne er sie ab.")]
    [DataRow("„Wir unterstützen nicht nur die Steuerreform“, sagte der Abgeordnete Jonas Wirth.")]
    [DataRow("„Wir lehnen die Steuerreform nicht grundsätzlich ab“, sagte der Abgeordnete Jonas Wirth.")]
    [DataRow("„Wir fordern die Abschaffung der Steuerreform“, sagte der Abgeordnete Jonas Wirth.")]
    [DataRow("Der Abgeordnete Jonas Wirth sagte, er lehne den Mindestlohn ab.")]
    [DataRow("„Die Steuerreform kommt zu spät“, sagte der Abgeordnete Jonas Wirth.")]
    public void GermanUnclearOrOtherStancesGiveNothing(string second) => NoContradiction(GermanSupport + second, "de");

    [TestMethod]
    [DataRow("Senator Mary Collins said Democrats opposed the travel ban.")]
    [DataRow("\"We know the Democrats oppose the travel ban,\" Senator Mary Collins said.")]
    [DataRow("Senator Mary Collins said she would oppose the travel ban if it hurt tourism.")]
    [DataRow("\"Do we really oppose the travel ban?\" Senator Mary Collins said.")]
    [DataRow("Senator Mary Collins said she opposed the minimum wage.")]
    [DataRow("\"The US opposes the travel ban,\" Senator Mary Collins said.")]
    public void EnglishUnclearOrOtherStancesGiveNothing(string second) => NoContradiction(EnglishSupport + second, "en");

    [TestMethod]
    public void ASpeakerWithBothStancesIsLeftOut()
    {
        NoContradiction(GermanSupport + "„Ich lehne die Steuerreform ab“, sagte Hensel später.\n\nDer Abgeordnete Jonas Wirth sagte, er lehne die Steuerreform ab.", "de", statements: 3);
    }

    [TestMethod]
    public void SameStanceIsNoConflict() =>
        NoContradiction(EnglishSupport + "Senator Mary Collins said she supported the travel ban.", "en");

    [TestMethod]
    public void AnExplicitCueOnTheSamePairIsKeptAlone()
    {
        var r = TestHelpers.Ingest(GermanSupport + "Der Abgeordnete Jonas Wirth widersprach Hensel. Er lehne die Steuerreform ab, sagte Wirth.", "de");
        ExtractedContradiction c = r.Analysis.Contradictions.Single();
        Assert.AreEqual(ContradictionMethod.ExplicitCue, c.Method);
    }

    [TestMethod]
    public void TheGraphRecordsConflictingPolarityWithBothSentences()
    {
        var r = TestHelpers.Ingest(GermanSupport + "Der Abgeordnete Jonas Wirth sagte, er lehne die Steuerreform ab.", "de");
        Term node = r.Quads.SubjectsOfType(Kgo.Contradiction).Single();
        Assert.AreEqual<Term>(Kgo.ConflictingPolarity, r.Quads.Objects(node, Kgo.DetectionMethod).Single());
        Assert.HasCount(2, r.Quads.Objects(node, Kgo.EvidenceText).ToList());
        Assert.HasCount(2, r.Quads.Objects(node, Kgo.StatementProperty).ToList());
        Assert.HasCount(2, r.Quads.Where(q => q.Predicate == Kgo.Contradicts).ToList());
    }
}
