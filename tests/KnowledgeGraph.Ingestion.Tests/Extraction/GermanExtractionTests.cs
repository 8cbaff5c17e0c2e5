namespace KnowledgeGraph.Ingestion.Tests.Extraction;

[TestClass]
public sealed class GermanExtractionTests
{
    private static readonly DateOnly s_thursday = new(2017, 2, 23);

    [TestMethod]
    public void QuoteBeforeAttributionWithDateAndPlace()
    {
        var r = TestHelpers.Ingest("Bundeskanzlerin Angela Merkel traf Gäste. „Wir schaffen das“, sagte Merkel am Dienstag in Berlin.", "de", s_thursday);
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("Angela Merkel", s.Speaker.Name);
        Assert.AreEqual("Wir schaffen das", s.Text);
        Assert.AreEqual(new DateOnly(2017, 2, 21), s.Date);
        Assert.AreEqual("berlin", s.PlaceKey);
        Assert.AreEqual("Q567", s.Speaker.Qid);
        CollectionAssert.Contains(s.Speaker.Offices.ToList(), "de-federal-chancellor");
    }

    [TestMethod]
    public void AttributionBeforeQuoteWithColon()
    {
        var r = TestHelpers.Ingest("Innenminister Thomas Brandt äußerte sich. Brandt sagte: „Die Lage ist ernst.“", "de");
        Assert.AreEqual("Die Lage ist ernst.", r.Analysis.Statements.Single().Text.TrimEnd('.') + ".");
    }

    [TestMethod]
    public void StrippedQuotationMarksWithRoleNoun()
    {
        var r = TestHelpers.Ingest("Die Ministerin Anna Roth besuchte das Werk. Wir werden das prüfen, sagte die Ministerin am Montag.", "de", s_thursday);
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("Anna Roth", s.Speaker.Name);
        Assert.AreEqual("Wir werden das prüfen", s.Text);
        Assert.AreEqual(new DateOnly(2017, 2, 20), s.Date);
    }

    [TestMethod]
    public void KonjunktivRunContinuesTheLastSpeaker()
    {
        var r = TestHelpers.Ingest("Minister Peter Weber sagte, die Reform sei notwendig. Sie werde Geld sparen. Die Opposition lehnt das ab.", "de");
        CollectionAssert.AreEqual(new[] { "Peter Weber", "Peter Weber" }, r.Analysis.Statements.Select(s => s.Speaker.Name).ToArray());
        Assert.AreEqual("Sie werde Geld sparen", r.Analysis.Statements[1].Text.TrimEnd('.'));
    }

    [TestMethod]
    public void ImpersonalCueAttributesNothing()
    {
        var r = TestHelpers.Ingest("Minister Peter Weber sprach. Die Regeln seien streng, hieß es in den Anordnungen. Ausnahmen würden selten gemacht.", "de");
        Assert.IsEmpty(r.Analysis.Statements);
    }

    [TestMethod]
    public void PronounAfterQuoteResolvesToLastSpeaker()
    {
        var r = TestHelpers.Ingest("US-Präsident Donald Trump hatte gesagt, das sei gut. „Es wird großartig“, sagte er.", "de");
        Assert.IsTrue(r.Analysis.Statements.All(s => s.Speaker.Name == "Donald Trump"));
        Assert.HasCount(2, r.Analysis.Statements);
    }

    [TestMethod]
    public void GenitiveSurnameIsTheSamePerson()
    {
        var r = TestHelpers.Ingest("US-Heimatschutzminister John Kelly reiste ab. Kellys Sprecher schwieg.", "de");
        Assert.HasCount(1, r.Analysis.Persons);
    }

    [TestMethod]
    public void ZufolgeAndLaut()
    {
        var r = TestHelpers.Ingest("Bundesfinanzminister Olaf Weiß äußerte sich. Weiß zufolge wird die Steuerreform teurer. Laut Weiß bleibt der Mindestlohn.", "de");
        Assert.HasCount(2, r.Analysis.Statements);
        CollectionAssert.Contains(r.Analysis.Statements[0].PolicyKeys.ToList(), "tax-reform");
        CollectionAssert.Contains(r.Analysis.Statements[1].PolicyKeys.ToList(), "minimum-wage");
    }

    [TestMethod]
    public void ExplicitContradictionCueLinksBothSides()
    {
        var r = TestHelpers.Ingest("„Die Mauer kommt“, sagte US-Präsident Donald Trump.\n\nUS-Heimatschutzminister John Kelly widersprach Trump. „Eine Mauer wird es nicht geben“, sagte Kelly.", "de");
        Assert.IsNotEmpty(r.Analysis.Contradictions);
        Assert.IsTrue(r.Analysis.Contradictions.All(c => c.First.Speaker.Name == "John Kelly" && c.Second.Speaker.Name == "Donald Trump"));
    }

    [TestMethod]
    public void OpposingStatementsWithoutCueAreNoContradiction()
    {
        var r = TestHelpers.Ingest("„Die Mauer kommt“, sagte US-Präsident Donald Trump. „Eine Mauer wird es nicht geben“, sagte US-Heimatschutzminister John Kelly.", "de");
        Assert.HasCount(2, r.Analysis.Statements);
        Assert.IsEmpty(r.Analysis.Contradictions);
    }

    [TestMethod]
    public void UnresolvablePronounGivesNoStatement()
    {
        var r = TestHelpers.Ingest("„Das geht nicht“, sagte er.", "de");
        Assert.IsEmpty(r.Analysis.Statements);
    }
}
