using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Tests.Text;

[TestClass]
public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Text)];

    [TestMethod]
    [DataRow("Dr. Anna Roth kam an. Sie sprach.", 2)]
    [DataRow("Das gilt z. B. für Berlin. Es bleibt so.", 2)]
    [DataRow("Am 23. Februar kam er an. Dann ging er.", 2)]
    [DataRow("The U.S. President spoke. He left.", 2)]
    [DataRow("He flew to the U.S. The President later met him.", 2)]
    [DataRow("Mr. Smith said so. Mrs. Jones agreed.", 2)]
    [DataRow("John F. Kennedy spoke. Then he left.", 2)]
    public void SurvivesAbbreviations(string text, int count) => Assert.HasCount(count, Split(text));

    [TestMethod]
    [DataRow("„Das ist falsch. Wir lehnen das ab“, sagte Roth. Dann ging sie.")]
    [DataRow("\"That is wrong. We reject it,\" Smith said. Then she left.")]
    [DataRow("»Das ist falsch. Wir lehnen das ab«, sagte Roth. Dann ging sie.")]
    [DataRow("“That is wrong. We reject it,” Smith said. Then she left.")]
    public void KeepsQuotesSpanningSentencesTogether(string text)
    {
        List<string> sentences = Split(text);
        Assert.HasCount(2, sentences);
        Assert.EndsWith("Dann ging sie.", text.Replace("Then she left.", "Dann ging sie.", StringComparison.Ordinal));
    }

    [TestMethod]
    public void ParagraphsAreNumberedAndOffsetsExact()
    {
        string text = "Erster Satz. Zweiter Satz.\n\nDritter Satz.";
        List<Sentence> sentences = SentenceSplitter.Split(text);
        Assert.HasCount(3, sentences);
        Assert.AreEqual(1, sentences[2].Paragraph);
        foreach (Sentence s in sentences)
            Assert.AreEqual(s.Text, text[s.Start..s.End]);
    }
}
