using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingestion.Text;

/// <summary>
/// Splits text into words and punctuation. Initialisms stay whole ("U.S."), hyphenated compounds stay whole
/// ("US-Außenminister", "Mexiko-Stadt"), and so do words with an inner apostrophe ("Trump's").
/// </summary>
internal static partial class Tokenizer
{
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{Nd}]+(?:[-‐'’][\p{L}\p{M}\p{Nd}]+)*-?|\S", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    /// <summary>The tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0)
            end = text.Length;
        var tokens = new List<Token>();
        Match m = TokenPattern().Match(text, start, end - start);
        while (m.Success)
        {
            char first = m.Value[0];
            tokens.Add(new Token(m.Index, m.Index + m.Length, m.Value, char.IsLetterOrDigit(first)));
            m = m.NextMatch();
        }
        return tokens;
    }
}
