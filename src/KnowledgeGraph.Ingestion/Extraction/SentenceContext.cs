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

    /// <summary>Whether <paramref name="word"/> occurs outside quotations from token <paramref name="from"/> on (the particle of a
    /// separable verb: "fügte … hinzu").</summary>
    public bool HasAfter(int from, string word)
    {
        for (int i = from; i < Tokens.Count; i++)
        {
            if (!InQuote[i] && Tokens[i].Value == word)
                return true;
        }
        return false;
    }

    /// <summary>Whether the words start at token <paramref name="i"/>, outside quotations (the sentence's first word in any case).</summary>
    public bool MatchesWords(int i, IReadOnlyList<string> words)
    {
        if (i + words.Count > Tokens.Count)
            return false;
        for (int k = 0; k < words.Count; k++)
        {
            if (InQuote[i + k])
                return false;
            string token = Tokens[i + k].Value;
            // Sentence-initial capitals: "Laut Kelly", "According to".
            bool equal = token == words[k] || (i + k == 0 && string.Equals(token, words[k], StringComparison.OrdinalIgnoreCase));
            if (!equal)
                return false;
        }
        return true;
    }
}
