namespace KnowledgeGraph.Ingestion.Tests.Extraction;

/// <summary>
/// English persons whose given name is not in the given-name list: a capitalised name that a later surname makes a
/// speaker, a name in apposition to a role with an aside, names listed after a plural title or before a listed name.
/// </summary>
[TestClass]
public sealed class EnglishNameTests
{
    private static List<string> Persons(string text) => [.. TestHelpers.Ingest(text, "en").Analysis.Persons.Select(p => p.Name)];

    [TestMethod]
    public void ASurnameThatSpeaksMakesTheEarlierNameAPerson()
    {
        var r = TestHelpers.Ingest("Chemistry student at Lakeside College Zuleikha Mirova heard about the plan. Mirova said the new fees were far too high.", "en");
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("Zuleikha Mirova", s.Speaker.Name);
        Assert.AreEqual("the new fees were far too high", s.Text);
    }

    [TestMethod]
    public void ASurnameThatIsSpokenAboutMakesNoPerson() =>
        Assert.IsEmpty(Persons("Zuleikha Mirova arrived on Monday. Reporters said Mirova was late."));

    [TestMethod]
    public void ASurnameWithoutAnEarlierNameStaysUnknown() =>
        Assert.IsEmpty(TestHelpers.Ingest("Mirova said the new fees were far too high.", "en").Analysis.Statements);

    [TestMethod]
    public void AppositionAfterARoleWithAnAside()
    {
        var r = TestHelpers.Ingest("The director of the agency (Food Standards Office), Radu Petrescu, said the label was wrong.", "en");
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("Radu Petrescu", s.Speaker.Name);
        Assert.AreEqual("the label was wrong", s.Text);
    }

    [TestMethod]
    public void NamesAfterAPluralTitle() =>
        CollectionAssert.AreEquivalent(new[] { "Jaakko Virtanen", "Teodor Baranyi" }, Persons("The show includes portraits of publishers Jaakko Virtanen and Teodor Baranyi."));

    [TestMethod]
    public void ANameBeforeAListedNameWithAsides() =>
        CollectionAssert.AreEquivalent(new[] { "Ilkka Rautio", "Michael Jordan" }, Persons("The photos show athletes Ilkka Rautio (chess) and Michael Jordan (basketball)."));

    [TestMethod]
    public void ATitleWithASingleWordVouchesForNoList() =>
        CollectionAssert.DoesNotContain(Persons("Posters of Green Lantern and Captain Marvel were sold out."), "Green Lantern");
}
