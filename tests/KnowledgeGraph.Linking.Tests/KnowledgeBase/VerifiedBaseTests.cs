using KnowledgeGraph.Linking.Import;
using KnowledgeGraph.Linking.KnowledgeBase;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.NQuads;

namespace KnowledgeGraph.Linking.Tests.KnowledgeBase;

[TestClass]
public sealed class VerifiedBaseTests
{
    private static string ShippedFile => Path.Combine(RepositoryPaths.WikidataData, "verified-base.nq");

    /// <summary>The shipped base is exactly what the importer builds from the tables; KG_REGENERATE=1 rewrites it.</summary>
    [TestMethod]
    public void ShippedBaseIsBuiltFromTheTables()
    {
        var importer = new WikidataImporter();
        List<Quad> built = [.. importer.ToQuads(importer.BuildVerifiedBase(RepositoryPaths.WikidataData))];
        if (Environment.GetEnvironmentVariable("KG_REGENERATE") == "1")
        {
            using FileStream output = File.Create(ShippedFile);
            using var writer = new NQuadsWriter(output, Rdf.Formats.RdfWriterOptions.Default);
            writer.WriteAll(built.Order());
        }
        using FileStream input = File.OpenRead(ShippedFile);
        List<Quad> shipped = [.. new NQuadsParser().Parse(input)];
        Assert.IsTrue(Isomorphism.AreIsomorphic(built, shipped), "data/wikidata/verified-base.nq is stale: run the tests with KG_REGENERATE=1");
    }

    [TestMethod]
    public void DefaultBaseHasTheSeedItemsWithTheirFacts()
    {
        WikidataKnowledgeBase kb = WikidataKnowledgeBase.Default;
        Assert.IsTrue(kb.Count > 500, $"only {kb.Count} items");
        Assert.IsTrue(kb.TryGetItem("Q11689894", out WikidataItem? videgaray));
        Assert.AreEqual("Luis Videgaray Caso", videgaray.Labels["en"]);
        CollectionAssert.Contains(videgaray.InstanceOf.ToList(), "Q5");
        PositionHeld p = videgaray.Positions.Single(x => x.PositionQid == "Q7444306");
        Assert.AreEqual(new DateOnly(2017, 1, 4), p.Start);
        Assert.IsNull(p.End);
        Assert.IsTrue(kb.TryGetItem("Q7444306", out WikidataItem? office));
        CollectionAssert.Contains(office.Jurisdictions.ToList(), "Q96");
        Assert.IsFalse(kb.Items.Any(i => i.Labels.Values.Any(l => l.Contains("Tillerson", StringComparison.Ordinal))), "Tillerson is not verified");
        Assert.IsFalse(kb.Items.Any(i => i.Labels.Values.Contains("John Kelly")), "John Kelly is not verified");
    }
}
