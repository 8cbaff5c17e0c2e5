using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Tests.Text;

[TestClass]
public sealed class TokenizerAndSlugTests
{
    [TestMethod]
    public void KeepsCompoundsInitialismsAndPossessives()
    {
        List<string> tokens = [.. Tokenizer.Tokenize("US-Außenminister Rex Tillerson, U.S. Trump's Mexiko-Stadt.").Select(t => t.Value)];
        CollectionAssert.AreEqual(new[] { "US-Außenminister", "Rex", "Tillerson", ",", "U.S.", "Trump's", "Mexiko-Stadt", "." }, tokens);
    }

    [TestMethod]
    [DataRow("John Kelly", "john-kelly")]
    [DataRow("Luis Videgaray Caso", "luis-videgaray-caso")]
    [DataRow("Außenminister Müller", "aussenminister-mueller")]
    [DataRow("José Núñez", "jose-nunez")]
    public void SlugsAreReadable(string value, string slug) => Assert.AreEqual(slug, Slug.Create(value));
}
