using System.Text;

namespace KnowledgeGraph.Linking.Text;

/// <summary>
/// Folds names to comparison keys: lower case, <c>ß</c> → <c>ss</c>, diacritics removed, punctuation and hyphens
/// turned into spaces, spaces collapsed; dotted abbreviations are closed up (<c>U.S.</c> → <c>us</c>, as <c>US</c>). German umlauts have two spellings (<c>Müller</c> is also written
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

    /// <summary>
    /// A folded name with German case and number endings removed from every word ("vereinigten staaten", "vereinigte
    /// staaten" → "vereinigt staat"; "weißen hauses", "weißes haus" → "weis haus"; "präsidenten" → "prasident"): endings
    /// -es, -en, -em, -er, -e, -s, -n are stripped until none is left or the word would get shorter than four letters.
    /// Both sides of a comparison go through it, so over-stripping only merges forms, it does not lose them.
    /// </summary>
    public static string InflectionKey(string folded)
    {
        string[] tokens = Tokens(folded);
        for (int i = 0; i < tokens.Length; i++)
        {
            string t = tokens[i];
            bool stripped = true;
            while (stripped)
            {
                stripped = false;
                foreach (string ending in Endings)
                {
                    if (t.Length - ending.Length >= 4 && t.EndsWith(ending, StringComparison.Ordinal))
                    {
                        t = t[..^ending.Length];
                        stripped = true;
                        break;
                    }
                }
            }
            tokens[i] = t;
        }
        return string.Join(' ', tokens);
    }

    private static readonly string[] Endings = ["es", "en", "em", "er", "e", "s", "n"];

    /// <summary>The tokens of a folded key.</summary>
    public static string[] Tokens(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string FoldCore(string text, bool expandUmlauts)
    {
        // The build runs with invariant globalization, where string.Normalize cannot decompose; letters with
        // diacritics are mapped by table (Latin-1 Supplement and Latin Extended-A), combining marks dropped.
        var result = new StringBuilder(text.Length + 4);
        bool space = true;
        for (int i = 0; i < text.Length; i++)
        {
            char raw = text[i];
            if (raw == '.' && IsAbbreviationDot(text, i))
                continue;
            char c = char.ToLowerInvariant(raw);
            string? mapped = c switch
            {
                'ß' => "ss",
                'ä' => expandUmlauts ? "ae" : "a",
                'ö' => expandUmlauts ? "oe" : "o",
                'ü' => expandUmlauts ? "ue" : "u",
                'æ' => "ae",
                'œ' => "oe",
                'þ' => "th",
                _ => null,
            };
            if (mapped is null)
            {
                if (c is >= '\u0300' and <= '\u036F')
                    continue;
                // Apostrophes vanish inside names ("O'Brien" = "OBrien"); other punctuation separates words.
                if (c is '\'' or '’' or 'ʼ')
                    continue;
                char b = BaseLetter(c);
                if (!char.IsLetterOrDigit(b))
                {
                    if (!space)
                    {
                        result.Append(' ');
                        space = true;
                    }
                    continue;
                }
                result.Append(b);
            }
            else
            {
                result.Append(mapped);
            }
            space = false;
        }
        if (result.Length > 0 && result[^1] == ' ')
            result.Length--;
        return result.ToString();
    }

    /// <summary>True for a dot of a run of single letters each followed by a dot ("U.S.", "D.C.", "U.N."), which is
    /// written closed up too ("US"); a lone initial ("John F. Kelly") is not such a run.</summary>
    private static bool IsAbbreviationDot(string text, int dot)
    {
        // Find the run around this dot: letter '.' letter '.' …, bounded by non-letters.
        int start = dot - 1;
        if (start < 0 || !char.IsLetter(text[start]))
            return false;
        while (start >= 2 && text[start - 1] == '.' && char.IsLetter(text[start - 2]) && (start < 3 || !char.IsLetter(text[start - 3])))
            start -= 2;
        if (start > 0 && char.IsLetter(text[start - 1]))
            return false;
        int pairs = 0, i = start;
        while (i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.' && (i == start || !char.IsLetter(text[i - 1])))
        {
            pairs++;
            i += 2;
        }
        // A trailing letter without its dot also closes the run ("U.S" in tokenized text).
        return pairs >= 2 || (pairs == 1 && i < text.Length && char.IsLetter(text[i]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1])));
    }

    private static char BaseLetter(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'å' or 'ā' or 'ă' or 'ą' => 'a',
        'ç' or 'ć' or 'ĉ' or 'ċ' or 'č' => 'c',
        'ď' or 'đ' or 'ð' => 'd',
        'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ĕ' or 'ė' or 'ę' or 'ě' => 'e',
        'ĝ' or 'ğ' or 'ġ' or 'ģ' => 'g',
        'ĥ' or 'ħ' => 'h',
        'ì' or 'í' or 'î' or 'ï' or 'ĩ' or 'ī' or 'ĭ' or 'į' or 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' or 'ļ' or 'ľ' or 'ŀ' or 'ł' => 'l',
        'ñ' or 'ń' or 'ņ' or 'ň' => 'n',
        'ò' or 'ó' or 'ô' or 'õ' or 'ø' or 'ō' or 'ŏ' or 'ő' => 'o',
        'ŕ' or 'ŗ' or 'ř' => 'r',
        'ś' or 'ŝ' or 'ş' or 'š' or 'ș' => 's',
        'ţ' or 'ť' or 'ŧ' or 'ț' => 't',
        'ù' or 'ú' or 'û' or 'ũ' or 'ū' or 'ŭ' or 'ů' or 'ű' or 'ų' => 'u',
        'ŵ' => 'w',
        'ý' or 'ÿ' or 'ŷ' => 'y',
        'ź' or 'ż' or 'ž' => 'z',
        _ => c,
    };
}
