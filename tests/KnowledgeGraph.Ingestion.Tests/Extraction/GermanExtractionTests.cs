using KnowledgeGraph.Ingestion.Extraction;

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
    public void OpposingStatementsWithoutCueOrStanceOnAPolicyAreNoContradiction()
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

    [TestMethod]
    [DataRow("Verdi-Chef Tobias Rank sagte, die Lage sei ernst.", "Tobias Rank")]
    [DataRow("Außenamtssprecherin Mei Lin sagte, die Lage sei ernst.", "Mei Lin")]
    [DataRow("Grünen-Fraktionschefin Nora Pfeil sagte, die Lage sei ernst.", "Nora Pfeil")]
    public void CompoundTitlesIntroduceNames(string text, string speaker)
    {
        var s = TestHelpers.Ingest(text, "de").Analysis.Statements.Single();
        Assert.AreEqual(speaker, s.Speaker.Name);
        Assert.AreEqual("die Lage sei ernst", s.Text);
    }

    [TestMethod]
    public void AppositionWithGivenNameIsTheSubject()
    {
        var r = TestHelpers.Ingest("Der Vorsitzende des Landeselternrats, Michael Bauer, sagte: „Wir warten.“", "de");
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("Michael Bauer", s.Speaker.Name);
        Assert.AreEqual("Wir warten.", s.Text.TrimEnd('.') + ".");
    }

    [TestMethod]
    public void AppositionGivesThePost()
    {
        var r = TestHelpers.Ingest("Die Wehrbeauftragte des Bundestages, Eva Hofer, sagte, es fehle an allem.", "de");
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("Eva Hofer", s.Speaker.Name);
        CollectionAssert.AreEqual(new[] { "de-parliamentary-commissioner-armed-forces" }, s.Speaker.Offices.ToArray());
    }

    [TestMethod]
    [DataRow("Niedersachsens Ministerpräsident Jan Voss sagte, das reiche.", "de-ni-minister-president")]
    [DataRow("Der italienische Innenminister Marco Neri sagte, das reiche.", "it-interior-minister")]
    [DataRow("Verteidigungsminister Georg Brehm sagte, das reiche.", "de-defence-minister")]
    [DataRow("US-Verteidigungsminister Jim Hale sagte, das reiche.", "us-secretary-of-defense")]
    [DataRow("Der frühere Verteidigungsminister Georg Brehm sagte, das reiche.", null)]
    public void OfficesByCountryCueAndGermanDefault(string text, string? office)
    {
        var s = TestHelpers.Ingest(text, "de").Analysis.Statements.Single();
        CollectionAssert.AreEqual(office is null ? Array.Empty<string>() : new[] { office }, s.Speaker.Offices.ToArray());
    }

    [TestMethod]
    public void CounterpartHoldsTheSameKindOfPost()
    {
        var r = TestHelpers.Ingest("Bundesaußenministerin Miriam Roth traf ihren chinesischen Amtskollegen Zhao Ming.", "de");
        PersonEntity zhao = r.Analysis.Persons.Single(p => p.Name == "Zhao Ming");
        CollectionAssert.AreEqual(new[] { "cn-foreign-minister" }, zhao.Offices.ToArray());
    }

    [TestMethod]
    public void FamilyNameFirstIsUsedForLaterMentions()
    {
        var r = TestHelpers.Ingest("Außenamtssprecher Li Wen trat vor die Presse. China liefere nichts, sagte Li.", "de");
        Assert.AreEqual("Li Wen", r.Analysis.Statements.Single().Speaker.Name);
    }

    [TestMethod]
    public void PossessiveBeforeRoleIsTheRoleHolderNotThePossessor()
    {
        var r = TestHelpers.Ingest("Regierungssprecher Jan Albers und Bundeskanzler Martin Kranz traten auf. Kranz' Sprecher fügte hinzu, alle müssten sparen.", "de");
        Assert.AreEqual("Jan Albers", r.Analysis.Statements.Single().Speaker.Name);
    }

    [TestMethod]
    public void GenericRoleNounRefersToTheSalientPerson()
    {
        var r = TestHelpers.Ingest("Bundesfinanzminister Thomas Reiners äußerte sich. Das sei nicht zu machen, sagte der FDP-Politiker am Mittwoch.", "de", s_thursday);
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("Thomas Reiners", s.Speaker.Name);
        Assert.AreEqual(new DateOnly(2017, 2, 22), s.Date);
    }

    [TestMethod]
    public void ReportedRunKeepsDateAndPlaceAndSkipsSubordinateClauses()
    {
        var r = TestHelpers.Ingest("„Wir sind bereit“, sagte Bundesinnenministerin Sabine Falk am Montag in Brüssel. Wer keine Flüchtlinge aufnehme, solle zahlen. Vor allem bei Munition, Funk und Ausrüstung gebe es Lücken.", "de", s_thursday);
        Assert.HasCount(3, r.Analysis.Statements);
        Assert.IsTrue(r.Analysis.Statements.All(s => s.Speaker.Name == "Sabine Falk" && s.Date == new DateOnly(2017, 2, 20) && s.PlaceKey == "brussels"));
    }

    [TestMethod]
    public void KonjunktivInASubordinateClauseIsNoContinuation()
    {
        var r = TestHelpers.Ingest("Bundesgesundheitsminister Peter Wendt sagte, die Reform sei gut. Berichte, wonach der Bund nachgeben wolle, dementierte das Ministerium.", "de");
        Assert.HasCount(1, r.Analysis.Statements);
    }

    [TestMethod]
    public void KonjunktivWithANamedSubjectContinuesTheReporter()
    {
        var r = TestHelpers.Ingest("Regierungssprecher Jan Albers sagte, der Kanzler sei zuversichtlich. Bundeskanzler Martin Kranz werde sich nicht einmischen.", "de");
        CollectionAssert.AreEqual(new[] { "Jan Albers", "Jan Albers" }, r.Analysis.Statements.Select(s => s.Speaker.Name).ToArray());
    }

    [TestMethod]
    public void InterviewAnswerIsOneSpeakersDirectSpeech()
    {
        var r = TestHelpers.Ingest("Bundesumweltministerin Julia Seidel gab ein Interview.\n\nFrage: Reicht das?\n\nSeidel: Nein. Diese Sorge nehme ich ernst. Wir handeln.\n\nFrage: Und dann?", "de");
        Assert.HasCount(3, r.Analysis.Statements);
        Assert.IsTrue(r.Analysis.Statements.All(s => s.Speaker.Name == "Julia Seidel" && s.Type == QuoteType.Direct));
    }

    [TestMethod]
    public void PronounPrefersTheSubjectOfThePreviousSentenceOverAnEarlierSpeaker()
    {
        var r = TestHelpers.Ingest("Die Abgeordnete Clara Neumann sagte, das sei falsch. Die Wehrbeauftragte Eva Hofer sprach sich für die Wehrpflicht aus. Ohne Personal gehe es nicht, warnte sie.", "de");
        Assert.AreEqual("Eva Hofer", r.Analysis.Statements[^1].Speaker.Name);
    }

    [TestMethod]
    public void RejectionOfTheCriticismContradictsTheLastOtherSpeaker()
    {
        var r = TestHelpers.Ingest("Bayerns Ministerpräsident Franz Obermaier sagte, die Reform gefährde die Versorgung.\n\nBundesgesundheitsminister Peter Wendt wies die Kritik zurück. Die Reform sichere die Versorgung, sagte der SPD-Politiker.", "de");
        var c = r.Analysis.Contradictions.Single();
        Assert.AreEqual("Peter Wendt", c.First.Speaker.Name);
        Assert.AreEqual("Franz Obermaier", c.Second.Speaker.Name);
        Assert.AreEqual("wies … zurück", c.Cue);
    }

    [TestMethod]
    public void ContrastWithoutPersonsOnBothSidesIsNoContradiction()
    {
        var r = TestHelpers.Ingest("Bundesbildungsminister Hans Weber sagte, das Land werde Stellen schaffen. Im Gegensatz zu Niedersachsen setzt Hessen auf Prämien.", "de");
        Assert.IsEmpty(r.Analysis.Contradictions);
    }
}
