using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Linking.Text;

/// <summary>
/// Folds names to comparison keys: lower case, <c>ß</c> → <c>ss</c>, diacritics removed, punctuation and hyphens
/// turned into spaces, spaces collapsed. German umlauts have two spellings (<c>Müller</c> is also written
/// <c>Mueller</c> and, in English text, <c>Muller</c>), so <see cref="Keys"/> yields both foldings.
/// </summary>
internal static class NameNormalizer
{
    /// <summary>The folding with umlauts as base letters ("müller" → "muller").</summary>
    public static string Fold(string text) => FoldCore(text, expandUmlauts: false);

    /// <summary>The distinct keys of a name: plain folding and umlaut-expanding folding ("mueller").</summary>
    public static IEnumerable<string> Keys(string text)
    {
        string plain = FoldCore(text, expandUmlauts: false);
        if (plain.Length > 0)
            yield return plain;
        string expanded = FoldCore(text, expandUmlauts: true);
        if (expanded.Length > 0 && expanded != plain)
            yield return expanded;
    }

    /// <summary>The tokens of a folded key.</summary>
    public static string[] Tokens(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string FoldCore(string text, bool expandUmlauts)
    {
        var sb = new StringBuilder(text.Length + 4);
        foreach (char raw in text)
        {
            char c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case 'ß':
                    sb.Append("ss");
                    continue;
                case 'ä' when expandUmlauts:
                    sb.Append("ae");
                    continue;
                case 'ö' when expandUmlauts:
                    sb.Append("oe");
                    continue;
                case 'ü' when expandUmlauts:
                    sb.Append("ue");
                    continue;
            }
            sb.Append(c);
        }
        string decomposed = sb.ToString().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        bool space = true;
        foreach (char c in decomposed)
        {
            UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark)
                continue;
            // Apostrophes vanish inside names ("O'Brien" = "OBrien"); other punctuation separates words.
            if (c is '\'' or '’' or 'ʼ')
                continue;
            if (char.IsLetterOrDigit(c))
            {
                result.Append(c);
                space = false;
            }
            else if (!space)
            {
                result.Append(' ');
                space = true;
            }
        }
        if (result.Length > 0 && result[^1] == ' ')
            result.Length--;
        return result.ToString().Normalize(NormalizationForm.FormC);
    }
}
