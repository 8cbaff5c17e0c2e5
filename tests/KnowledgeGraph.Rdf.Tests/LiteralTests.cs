using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Tests;

[TestClass]
public sealed class LiteralTests
{
    [TestMethod]
    public void LanguageTagsCompareCaseInsensitively()
    {
        var a = new Literal("Hallo", "de-DE");
        var b = new Literal("Hallo", "de-de");
        Assert.AreEqual(a, b);
        Assert.AreEqual(a.GetHashCode(), b.GetHashCode());
        Assert.AreEqual("de-DE", a.Language);
    }

    [TestMethod]
    public void SimpleLiteralsAreXsdStrings()
    {
        var l = new Literal("x");
        Assert.AreEqual(Vocabulary.Xsd.String, l.Datatype);
        Assert.IsTrue(l.IsSimple);
        Assert.AreEqual(l, new Literal("x", Vocabulary.Xsd.String));
    }

    [TestMethod]
    public void DifferentDatatypesDiffer() =>
        Assert.AreNotEqual(new Literal("1", Vocabulary.Xsd.Integer), new Literal("1", Vocabulary.Xsd.Decimal));

    [TestMethod]
    public void PrintsAsNTriples()
    {
        Assert.AreEqual("\"a\\\"b\\n\"", new Literal("a\"b\n").ToString());
        Assert.AreEqual("\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", Literal.Create(1).ToString());
        Assert.AreEqual("\"x\"@en", new Literal("x", "en").ToString());
        Assert.AreEqual("\"x\"@ar--rtl", new Literal("x", "ar", BaseDirection.Rtl).ToString());
    }

    [TestMethod]
    [DataRow("en", true)]
    [DataRow("de-CH-1996", true)]
    [DataRow("", false)]
    [DataRow("en-", false)]
    [DataRow("1en", false)]
    public void ValidatesLanguageTags(string tag, bool valid) => Assert.AreEqual(valid, Literal.IsValidLanguageTag(tag));

    [TestMethod]
    public void LangStringNeedsATag() =>
        Assert.ThrowsExactly<ArgumentException>(() => new Literal("x", Vocabulary.Rdf.LangString));
}
