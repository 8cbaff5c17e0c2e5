namespace KnowledgeGraph.Rdf.Tests;

[TestClass]
public sealed class PrefixMapTests
{
    [TestMethod]
    public void AbbreviatesWithTheLongestNamespace()
    {
        PrefixMap map = PrefixMap.Empty.Add("ex", Iri.Parse("http://example.org/")).Add("exa", Iri.Parse("http://example.org/a/"));
        Assert.IsTrue(map.TryAbbreviate(Iri.Parse("http://example.org/a/b"), out string? prefix, out string? local));
        Assert.AreEqual("exa", prefix);
        Assert.AreEqual("b", local);
    }

    [TestMethod]
    public void ExpandsKnownPrefixes()
    {
        Assert.IsTrue(PrefixMap.WellKnown.TryExpand("rdfs:label", out string? iri));
        Assert.AreEqual("http://www.w3.org/2000/01/rdf-schema#label", iri);
        Assert.IsFalse(PrefixMap.WellKnown.TryExpand("nope:x", out _));
    }

    [TestMethod]
    public void IsImmutable()
    {
        PrefixMap empty = PrefixMap.Empty;
        _ = empty.Add("ex", Iri.Parse("http://example.org/"));
        Assert.AreEqual(0, empty.Count);
    }
}
