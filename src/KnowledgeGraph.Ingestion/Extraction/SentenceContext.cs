using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>One sentence under analysis: its tokens, quotations and person mentions.</summary>
internal sealed class SentenceContext(string articleText, Sentence sentence, List<Token> tokens, List<QuoteSpan> quotes, bool[] inQuote)
{
    public string ArticleText { get; } = articleText;

    public Sentence Sentence { get; } = sentence;

    public List<Token> Tokens { get; } = tokens;

    public List<QuoteSpan> Quotes { get; } = quotes;

    public bool[] InQuote { get; } = inQuote;

    public List<Mention> Mentions { get; set; } = [];

    /// <summary>The mention whose first token is <paramref name="index"/>.</summary>
    public Mention? MentionStartingAt(int index) => Mentions.FirstOrDefault(m => m.First == index);

    /// <summary>The mention whose last token is <paramref name="index"/>.</summary>
    public Mention? MentionEndingAt(int index) => Mentions.FirstOrDefault(m => m.Last == index);

    public bool Is(int index, string value) => index >= 0 && index < Tokens.Count && !InQuote[index] && Tokens[index].Value == value;
}
