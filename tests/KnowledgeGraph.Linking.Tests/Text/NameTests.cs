using KnowledgeGraph.Linking.KnowledgeBase;
using KnowledgeGraph.Linking.Text;

namespace KnowledgeGraph.Linking.Tests.Text;

[TestClass]
public sealed class NameTests
{
    [TestMethod]
    [DataRow("Müller", "muller", "mueller")]
    [DataRow("Außenminister", "aussenminister", "aussenminister")]
    [DataRow("Sebastián Lerdo de Tejada", "sebastian lerdo de tejada", "sebastian lerdo de tejada")]
    [DataRow("Mexiko-Stadt", "mexiko stadt", "mexiko stadt")]
    [DataRow("O'Brien", "obrien", "obrien")]
    [DataRow("  U.S.  President ", "us president", "us president")]
    [DataRow("Washington, D.C.", "washington dc", "washington dc")]
    [DataRow("John F. Kelly", "john f kelly", "john f kelly")]
    public void FoldingHandlesCaseDiacriticsSharpSAndUmlauts(string name, string plain, string expanded)
    {
        string[] keys = [.. NameNormalizer.Keys(name)];
        Assert.AreEqual(plain, keys[0]);
        Assert.AreEqual(expanded, keys[^1]);
    }

    [TestMethod]
    [DataRow("John F. Kelly", "john", "kelly")]
    [DataRow("US-Präsident Donald Trump", "donald", "trump")]
    [DataRow("U.S. Senator John Cornyn", "john", "cornyn")]
    [DataRow("President Trump's", null, "trump")]
    [DataRow("Hans-Dietrich Genscher", "hans", "genscher")]
    [DataRow("Robert P. Casey Jr.", "robert", "casey")]
    [DataRow("Herr Seehofer", null, "seehofer")]
    public void PersonNamesSetTitlesInitialsAndSuffixesAside(string text, string? first, string surname)
    {
        PersonName name = PersonName.Parse(text)!;
        Assert.AreEqual(first, name.First);
        Assert.AreEqual(surname, name.Surname);
    }

    [TestMethod]
    [DataRow("US-Außenminister", "Außenminister", "Q30")]
    [DataRow("Außenminister Mexikos", "Außenminister", "Q96")]
    [DataRow("Foreign Minister of Mexico", "Foreign Minister", "Q96")]
    [DataRow("mexikanischer Außenminister", "Außenminister", "Q96")]
    public void CountryCuesAreSplitOffMentions(string mention, string stem, string country)
    {
        var cues = new CountryCues(WikidataKnowledgeBase.Default);
        (string rest, IReadOnlySet<string> countries) = cues.Strip(mention);
        Assert.AreEqual(stem, rest);
        CollectionAssert.AreEqual(new[] { country }, countries.ToArray());
    }

    [TestMethod]
    public void EnglishUsIsNotACountry()
    {
        var cues = new CountryCues(WikidataKnowledgeBase.Default);
        Assert.AreEqual(0, cues.Find("He told us that the U.N. would help.").Count);
        Assert.AreEqual(1, cues.Find("He told the US that it would help.")["Q30"]);
    }
}
