using KnowledgeGraph.Linking.KnowledgeBase;

namespace KnowledgeGraph.Linking.Tests;

[TestClass]
public sealed class EntityLinkerTests
{
    private static readonly EntityLinker Linker = new();

    private static LinkResult Link(string language, string text, DateOnly? date, params EntityMention[] mentions) =>
        Linker.Link(new LinkingDocument(language, mentions) { Text = text, Date = date })[0];

    [TestMethod]
    [DataRow("Donald Trump", "Q22686")]
    [DataRow("DONALD TRUMP", "Q22686")]
    [DataRow("Donald J. Trump", "Q22686")]
    [DataRow("Bernie Sanders", "Q359442")]
    [DataRow("Luis Videgaray", "Q11689894")]
    [DataRow("Hans Dietrich Genscher", "Q106235")]
    public void NameVariantsLinkToTheSamePerson(string mention, string qid)
    {
        LinkResult r = Link("en", "", null, new EntityMention(mention, EntityKind.Person));
        Assert.AreEqual(qid, r.Qid, r.Explanation.ToString());
        Assert.IsTrue(r.Confidence is >= 0.5 and <= 1);
    }

    [TestMethod]
    public void GermanGenitiveOfAResolvedSurname()
    {
        LinkResult r = Linker.Link(new LinkingDocument("de", [new EntityMention("Donald Trump", EntityKind.Person), new EntityMention("Trumps", EntityKind.Person)])
        { Text = "Donald Trump … Trumps Politik" })[1];
        Assert.AreEqual("Q22686", r.Qid, r.Explanation.ToString());
        StringAssert.Contains(r.Explanation.ToString(), "resolved within the text");
    }

    [TestMethod]
    public void ASurnameAloneIsNil()
    {
        LinkResult r = Link("en", "", null, new EntityMention("Kelly", EntityKind.Person));
        Assert.IsNull(r.Qid, r.Explanation.ToString());
        Assert.IsTrue(r.Explanation.Candidates.Count >= 4, "the Kellys of the base are candidates");
    }

    [TestMethod]
    public void AnOfficeIsNeverLinkedToAPersonAndViceVersa()
    {
        Assert.IsNull(Link("en", "", null, new EntityMention("Donald Trump", EntityKind.Office)).Qid);
        Assert.IsNull(Link("en", "", null, new EntityMention("President of the United States", EntityKind.Person)).Qid);
        Assert.AreEqual("Q11696", Link("en", "", null, new EntityMention("President of the United States", EntityKind.Office)).Qid);
    }

    [TestMethod]
    public void TheOfficeHeldAtTheArticleDateDecidesBetweenNamesakes()
    {
        // Two items named alike: the one that held the office the text gives, on the article's date, wins.
        WikidataItem a = new("Q999999921") { Labels = new Dictionary<string, string> { ["en"] = "Pat Example" }, InstanceOf = ["Q5"], Positions = [new PositionHeld("Q14213", new DateOnly(2030, 1, 1), null)] };
        WikidataItem b = new("Q999999922") { Labels = new Dictionary<string, string> { ["en"] = "Pat Example" }, InstanceOf = ["Q5"] };
        using var linker = new EntityLinker(WikidataKnowledgeBase.Default.With([a, b]));
        var doc = new LinkingDocument("en", [new EntityMention("Pat Example", EntityKind.Person) { Offices = ["Secretary of State"] }]) { Date = new DateOnly(2031, 5, 1) };
        LinkResult r = linker.Link(doc)[0];
        Assert.AreEqual("Q999999921", r.Qid, r.Explanation.ToString());
        LinkResult without = linker.Link(doc with { Mentions = [new EntityMention("Pat Example", EntityKind.Person)] })[0];
        Assert.IsNull(without.Qid, "without context the two namesakes split the probability");
    }

    [TestMethod]
    public void MinConfidenceMovesTheNilThreshold()
    {
        using var strict = new EntityLinker(null, LinkerOptions.Default with { MinConfidence = 0.99 });
        LinkResult r = strict.Link(new LinkingDocument("de", [new EntityMention("Luis Videgaray", EntityKind.Person)]))[0];
        Assert.IsNull(r.Qid);
        StringAssert.Contains(r.Explanation.Summary, "below the threshold of 99%");
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new EntityLinker(null, LinkerOptions.Default with { MinConfidence = 1.5 }));
    }
}
