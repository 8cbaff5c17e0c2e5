using KnowledgeGraph.Ingestion.Extraction;
using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Ingestion.Tests.Golden;

/// <summary>
/// Expected statements of ten English Wikinews articles (read by hand): each (speaker, words of the statement, type)
/// must be found, and — precision first — no statement may be attributed to anyone but the article's real speakers.
/// </summary>
[TestClass]
public sealed class EnglishGoldenTests
{
    private const QuoteType Direct = QuoteType.Direct;
    private const QuoteType Reported = QuoteType.Reported;

    public static IEnumerable<object[]> Articles =>
    [
        ["GUM_news_afghan.txt", new[] { "Hamdullah Mohib" }, new (string, string, QuoteType)[]
        {
            ("Mohib", "Seventeen years ago, this would not have been possible", Direct),
            ("Mohib", "They represent our aspirations and resilience", Direct),
        }],
        ["GUM_news_asylum.txt", new[] { "Najib Razak", "Jeff Rathke" }, new (string, string, QuoteType)[]
        {
            ("Najib Razak", "We are in contact with all relevant parties", Direct),
            ("Jeff Rathke", "We urge the governments of the region to work together", Direct),
        }],
        ["GUM_news_clock.txt", new[] { "Barack Obama", "Sehar Memon" }, new (string, string, QuoteType)[]
        {
            ("Barack Obama", "Cool clock, Ahmed", Direct),
        }],
        ["GUM_news_defector.txt", new[] { "Steve Whitmore", "Mark Rathbun" }, new (string, string, QuoteType)[]
        {
            ("Whitmore", "the alleged crime involved five hard drives", Reported),
        }],
        ["GUM_news_flag.txt", new[] { "John Key", "John Burrows" }, new (string, string, QuoteType)[]
        {
            ("John Key", "I'll have one vote in each referendum", Direct),
        }],
        ["GUM_news_homeopathic.txt", new[] { "Tedeschi" }, new (string, string, QuoteType)[]
        {
            ("Tedeschi", "Gloria's eczema played a devastating role", Reported),
        }],
        ["GUM_news_iodine.txt", new[] { "Cres Eastman" }, new (string, string, QuoteType)[]
        {
            ("Cres Eastman", "adequate intake of iodine", Reported),
            ("Cres Eastman", "iodised salt in their products", Reported),
            ("Cres Eastman", "10 per cent of Australian salt", Reported),
            ("Cres Eastman", "reacting slowly", Reported),
            ("Cres Eastman", "alarmed by what they found", Reported),
            ("Cres Eastman", "you lose 15 IQ points", Direct),
        }],
        ["GUM_news_sensitive.txt", new[] { "John Baird", "Paul Dewar" }, new (string, string, QuoteType)[]
        {
            ("John Baird", "neither classified nor secret", Direct),
            ("Paul Dewar", "consumed with control of information and secrecy", Direct),
        }],
        ["GUM_news_taxes.txt", new[] { "Claudio De Vincenti", "Stefania Giannini", "Toccafondi" }, new (string, string, QuoteType)[]
        {
            ("Claudio De Vincenti", "a discussion table will be opened", Reported),
        }],
        ["GUM_news_warhol.txt", new[] { "Cynthia Thompson", "Kathryn Waters", "Hilary Braysmith", "Kiara Perkins" }, new (string, string, QuoteType)[]
        {
            ("Cynthia Thompson", "These images serve as documentation", Direct),
            ("Kathryn Waters", "Pop art was about", Direct),
            ("Hilary Braysmith", "equally influential as his graphic works", Direct),
        }],
    ];

    [TestMethod]
    [DynamicData(nameof(Articles))]
    public void ExpectedStatementsAndNoWrongSpeaker(string file, string[] speakers, (string Speaker, string Words, QuoteType Type)[] expected)
    {
        IngestionResult r = new ArticleIngestor().IngestPath(Path.Combine(AppContext.BaseDirectory, "Golden", file)).Single();
        Assert.AreEqual("en", r.Language);
        foreach ((string speaker, string words, QuoteType type) in expected)
        {
            Assert.IsTrue(
                r.Analysis.Statements.Any(s => s.Speaker.Name.Contains(speaker, StringComparison.Ordinal) && s.Text.Contains(words, StringComparison.Ordinal) && s.Type == type),
                $"{file}: expected {speaker}: \"{words}\" ({type}); found {string.Join(" | ", r.Analysis.Statements)}");
        }

        foreach (ExtractedStatement s in r.Analysis.Statements)
            Assert.IsTrue(speakers.Any(name => s.Speaker.Name.Contains(name, StringComparison.Ordinal) || name.Contains(s.Speaker.Name, StringComparison.Ordinal)), $"{file}: wrong speaker {s.Speaker.Name} for \"{s.Text}\"");
        Assert.IsEmpty(r.Analysis.Contradictions, $"{file} has no contradiction cue");
    }
}
