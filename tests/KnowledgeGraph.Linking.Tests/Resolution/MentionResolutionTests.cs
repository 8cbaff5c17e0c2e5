namespace KnowledgeGraph.Linking.Tests.Resolution;

/// <summary>Mentions that are not a full name: descriptions, surnames, titled and inflected names, resolved within the document.</summary>
[TestClass]
public sealed class MentionResolutionTests
{
    private static readonly EntityLinker Linker = new();

    private static IReadOnlyList<LinkResult> Link(string language, DateOnly? date, string text, params EntityMention[] mentions) =>
        Linker.Link(new LinkingDocument(language, mentions) { Text = text, Date = date });

    private static EntityMention Person(string text) => new(text, EntityKind.Person);

    [TestMethod]
    public void ADescriptionRefersBackToTheNearestPersonWithThatRole()
    {
        IReadOnlyList<LinkResult> r = Link("en", new DateOnly(2017, 7, 18), "U.S. President Donald Trump's policies … Afghan Ambassador Hamdullah Mohib said … The President later acted.",
            Person("U.S. President Donald Trump's"), Person("Afghan Ambassador Hamdullah Mohib"), Person("The President"));
        Assert.AreEqual("Q22686", r[2].Qid, r[2].Explanation.ToString());
        StringAssert.Contains(r[2].Explanation.ToString(), "refers back to");
        Assert.IsNull(r[1].Qid);
    }

    [TestMethod]
    public void ADescriptionByOfficeNeedsAPersonWhoHeldIt()
    {
        IReadOnlyList<LinkResult> r = Link("en", new DateOnly(2015, 5, 15), "John Kerry, the Secretary of State, called.",
            Person("John Kerry"), Person("the Secretary of State"));
        Assert.AreEqual("Q22316", r[0].Qid, r[0].Explanation.ToString());
        Assert.AreEqual("Q22316", r[1].Qid, r[1].Explanation.ToString());

        // A person who did not hold the office is not what the description means.
        r = Link("en", new DateOnly(2015, 5, 15), "Bernie Sanders and the Secretary of State.", Person("Bernie Sanders"), Person("the Secretary of State"));
        Assert.IsNull(r[1].Qid, r[1].Explanation.ToString());
    }

    [TestMethod]
    public void PartyAndPlaceDescribeOnlyThePersonRightBefore()
    {
        IReadOnlyList<LinkResult> r = Link("en", new DateOnly(2011, 4, 12), "U.S. Senator John Cornyn, Republican from Texas, said. John Cornyn, U.S. Senator (R-Texas)",
            Person("U.S. Senator John Cornyn"), Person("Republican from Texas"), Person("John Cornyn"), Person("U.S. Senator (R-Texas)"));
        Assert.IsTrue(r.All(x => x.Qid == "Q719568"), string.Join("\n", r.Select(x => x.Explanation.ToString())));
        Assert.IsNull(Link("en", null, "Republican from Texas", Person("Republican from Texas"))[0].Qid);
        // A party alone is the party or its members, not the person before.
        r = Link("en", new DateOnly(2011, 4, 12), "", Person("U.S. Senator John Cornyn"), Person("Democrats"), Person("Republican"));
        Assert.IsNull(r[1].Qid, r[1].Explanation.ToString());
        Assert.IsNull(r[2].Qid, r[2].Explanation.ToString());
    }

    [TestMethod]
    [DataRow("Herr Präsident")]
    [DataRow("Frau Kollegin")]
    [DataRow("The President")]
    public void ADescriptionWithoutAnEarlierPersonIsNil(string mention) =>
        Assert.IsNull(Link("de", new DateOnly(2019, 4, 4), mention, Person(mention))[0].Qid);

    [TestMethod]
    public void ASurnameContinuesOnePersonHoweverTitled()
    {
        IReadOnlyList<LinkResult> r = Link("en", new DateOnly(2017, 7, 18), "",
            Person("U.S. President Donald Trump's"), Person("President Donald Trump"), Person("President Trump's"));
        Assert.AreEqual("Q22686", r[2].Qid, r[2].Explanation.ToString());
    }

    [TestMethod]
    [DataRow("Grünen-Politiker Joschka Fischer", "Q57344")]
    [DataRow("der frühere Außenminister Joschka Fischer", "Q57344")]
    [DataRow("Ursula von der Leyen", "Q60772")]
    [DataRow("Thomas de Maizière", "Q57364")]
    [DataRow("Bundesinnenminister Horst Seehofer", "Q44612")]
    [DataRow("Altkanzler Helmut Schmidt", "Q2516")]
    [DataRow("Sen. Ted Cruz (R-Texas)", "Q2036942")]
    public void RolesParticlesAndParenthesesAroundNames(string mention, string qid)
    {
        LinkResult r = Link("de", new DateOnly(2018, 6, 15), "", Person(mention))[0];
        Assert.AreEqual(qid, r.Qid, r.Explanation.ToString());
    }

    [TestMethod]
    [DataRow("Politikwissenschaftler Wolfgang Merkel")]
    [DataRow("Strafrechtler Thomas Fischer")]
    [DataRow("Klaus Ernst")]
    public void ARoleIsNotAFirstName(string mention)
    {
        LinkResult r = Link("de", new DateOnly(2020, 4, 23), "Deutschland", Person(mention))[0];
        Assert.IsNull(r.Qid, r.Explanation.ToString());
    }

    [TestMethod]
    public void ASurnameAloneAfterAnotherPersonWithTheSameSurnameStaysWithIt()
    {
        IReadOnlyList<LinkResult> r = Link("de", new DateOnly(2020, 4, 23), "Deutschland",
            Person("Wolfgang Merkel"), Person("Merkel"));
        Assert.IsNull(r[1].Qid, r[1].Explanation.ToString());
    }

    [TestMethod]
    [DataRow("den Vereinigten Staaten", EntityKind.Place, "Q30")]
    [DataRow("des Weißen Hauses", EntityKind.Place, "Q35525")]
    [DataRow("das Weiße Haus", EntityKind.Place, "Q35525")]
    [DataRow("Mexikos", EntityKind.Place, "Q96")]
    [DataRow("Deutschlands", EntityKind.Place, "Q183")]
    [DataRow("des US-Präsidenten", EntityKind.Office, "Q11696")]
    [DataRow("des US-Außenministers", EntityKind.Office, "Q14213")]
    public void GermanCaseEndingsOfPlacesAndOffices(string mention, EntityKind kind, string qid)
    {
        LinkResult r = Link("de", new DateOnly(2017, 2, 23), "", new EntityMention(mention, kind))[0];
        Assert.AreEqual(qid, r.Qid, r.Explanation.ToString());
    }

    [TestMethod]
    public void APersonsNameIsNotInflectedLikeAPlace()
    {
        // "Kohle" (coal) is not Helmut Kohl: case endings are removed only from names of places, offices, organizations.
        Assert.IsNull(Link("de", new DateOnly(2017, 11, 21), "", Person("Kohle"))[0].Qid);
    }

    [TestMethod]
    public void ThePositionThatExistedOnTheDateWins()
    {
        // "Federal Minister of Justice" became "… and Consumer Protection" in December 2013.
        Assert.AreEqual("Q30542236", Link("de", new DateOnly(2019, 12, 18), "in Deutschland", new EntityMention("Justizministerin", EntityKind.Office))[0].Qid);
        Assert.AreEqual("Q30533247", Link("de", new DateOnly(2011, 5, 1), "in Deutschland", new EntityMention("Justizministerin", EntityKind.Office))[0].Qid);
    }

    [TestMethod]
    public void ABareOfficeInGermanNewsIsGermanysAndACountryCueOverridesIt()
    {
        Assert.AreEqual("Q22575092", Link("de", new DateOnly(2019, 3, 20), "Der Finanzminister verkauft uns das.", new EntityMention("Finanzminister", EntityKind.Office))[0].Qid);
        Assert.AreEqual("Q4215834", Link("de", new DateOnly(2019, 3, 20), "", new EntityMention("US-Finanzminister", EntityKind.Office))[0].Qid);
        Assert.AreEqual("Q735015", Link("en", new DateOnly(2019, 3, 20), "", new EntityMention("Defense Secretary", EntityKind.Office))[0].Qid);
    }

    [TestMethod]
    public void TheTitleOfAPersonIsTheOfficeTheTextGivesThem()
    {
        LinkResult r = Link("de", new DateOnly(2012, 5, 1), "", Person("Finanzminister Wolfgang Schäuble"))[0];
        Assert.AreEqual("Q16019", r.Qid);
        StringAssert.Contains(string.Join("\n", r.Explanation.Candidates[0].Reasons), "held Q22575092");
    }

    [TestMethod]
    public void ADepartmentIsAlsoCalledByItsSubject()
    {
        LinkResult r = Link("en", new DateOnly(2017, 7, 18), "", new EntityMention("Homeland Security", EntityKind.Organization))[0];
        Assert.AreEqual("Q11231", r.Qid, r.Explanation.ToString());
        Assert.IsNull(Link("en", null, "", new EntityMention("Homeland Security", EntityKind.Person))[0].Qid);
    }

    [TestMethod]
    public void ASittingOfficeholderIsTheLikelierBearerOfASurname()
    {
        // In a 2020 German speech, "Frau Merkel" is the Chancellor; in 1990, before she held office, the surname alone is not enough.
        Assert.AreEqual("Q567", Link("de", new DateOnly(2020, 4, 23), "für Deutschland", Person("Frau Merkel"))[0].Qid);
        Assert.IsNull(Link("de", new DateOnly(1990, 4, 23), "für Deutschland", Person("Frau Merkel"))[0].Qid);
    }
}
