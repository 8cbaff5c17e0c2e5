using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Tests.Text;

[TestClass]
public sealed class QuoteFinderTests
{
    [TestMethod]
    [DataRow("Er sagte „Nein“ dazu.", "Nein")]
    [DataRow("Er sagte \"Nein\" dazu.", "Nein")]
    [DataRow("Er sagte »Nein« dazu.", "Nein")]
    [DataRow("He said “No” to it.", "No")]
    [DataRow("He said ‘No way’ to it.", "No way")]
    [DataRow("Er sagte ‚Nein‘ dazu.", "Nein")]
    public void FindsEveryKindOfQuotationMark(string text, string content)
    {
        QuoteSpan q = QuoteFinder.Find(text, 0, text.Length).Single();
        Assert.AreEqual(content, text[q.ContentStart..q.ContentEnd]);
    }

    [TestMethod]
    public void ApostrophesAreNotQuotes()
    {
        string text = "Trump's plan and the teams' robots don't matter.";
        Assert.IsEmpty(QuoteFinder.Find(text, 0, text.Length));
    }

    [TestMethod]
    public void UnclosedMarkIsIgnored()
    {
        string text = "Er sagte „Nein und ging.";
        Assert.IsEmpty(QuoteFinder.Find(text, 0, text.Length));
    }
}
