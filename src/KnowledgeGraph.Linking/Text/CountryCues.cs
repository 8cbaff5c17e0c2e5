using KnowledgeGraph.Linking.KnowledgeBase;

namespace KnowledgeGraph.Linking.Text;

/// <summary>
/// Finds countries in text by the names, aliases and demonyms (P1549) of the base's countries: "Mexiko", "Mexikos",
/// "US-Außenminister", "mexikanischen", "Mexican". Short uppercase aliases ("US", "USA") match only as written,
/// so English "us" is not the United States.
/// </summary>
internal sealed class CountryCues
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "von", "der", "des", "den", "dem", "die", "from", "aus" };

    private readonly Dictionary<string, string> _exactShort = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string[] Tokens, string Qid)[]> _names;
    private readonly List<(string Stem, string Qid)> _demonyms = [];

    public CountryCues(WikidataKnowledgeBase kb)
    {
        var names = new Dictionary<string, List<(string[] Tokens, string Qid)>>(StringComparer.Ordinal);
        foreach (WikidataItem country in kb.Items.Where(WikidataKnowledgeBase.IsCountry))
        {
            foreach (string name in country.Labels.Values.Concat(country.Aliases.Values.SelectMany(a => a)))
            {
                string compact = name.Replace(".", "", StringComparison.Ordinal);
                if (compact.Length <= 3 && compact.All(char.IsUpper))
                {
                    _exactShort[name] = country.Qid;
                    _exactShort[compact] = country.Qid;
                    continue;
                }
                string[] tokens = NameNormalizer.Tokens(NameNormalizer.Fold(name));
                if (tokens.Length == 0)
                    continue;
                if (!names.TryGetValue(tokens[0], out var list))
                    names[tokens[0]] = list = [];
                list.Add((tokens, country.Qid));
            }
            foreach (string demonym in country.Demonyms.Values.SelectMany(d => d))
                _demonyms.Add((NameNormalizer.Fold(demonym).Replace(" ", "", StringComparison.Ordinal), country.Qid));
        }
        _names = names.ToDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.Tokens.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The countries named in a text, with how often.</summary>
    public Dictionary<string, int> Find(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string qid, _, _) in Scan(Tokenize(text)))
            counts[qid] = counts.GetValueOrDefault(qid) + 1;
        return counts;
    }

    /// <summary>Splits a mention into the countries it names and the rest ("US-Außenminister" → {Q30}, "Außenminister").</summary>
    public (string Stem, IReadOnlySet<string> Countries) Strip(string mention)
    {
        List<(string Raw, string Folded)> tokens = Tokenize(mention);
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var covered = new bool[tokens.Count];
        foreach ((string qid, int start, int end) in Scan(tokens))
        {
            countries.Add(qid);
            for (int i = start; i < end; i++)
                covered[i] = true;
        }
        if (countries.Count == 0)
            return (mention, countries);
        var rest = new List<string>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!covered[i])
                rest.Add(tokens[i].Raw);
        }
        while (rest.Count > 0 && Connectors.Contains(NameNormalizer.Fold(rest[^1])))
            rest.RemoveAt(rest.Count - 1);
        while (rest.Count > 0 && Connectors.Contains(NameNormalizer.Fold(rest[0])))
            rest.RemoveAt(0);
        return (string.Join(' ', rest), countries);
    }

    private IEnumerable<(string Qid, int Start, int End)> Scan(List<(string Raw, string Folded)> tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            (string raw, string folded) = tokens[i];
            if (_exactShort.TryGetValue(raw, out string? shortQid) || _exactShort.TryGetValue(raw.TrimEnd('.'), out shortQid))
            {
                yield return (shortQid, i, i + 1);
                continue;
            }
            bool found = false;
            if (_names.TryGetValue(folded, out var candidates) || (folded.EndsWith('s') && _names.TryGetValue(folded[..^1], out candidates)))
            {
                foreach ((string[] name, string qid) in candidates)
                {
                    if (Matches(tokens, i, name))
                    {
                        yield return (qid, i, i + name.Length);
                        i += name.Length - 1;
                        found = true;
                        break;
                    }
                }
            }
            if (found)
                continue;
            foreach ((string stem, string qid) in _demonyms)
            {
                if (folded.StartsWith(stem, StringComparison.Ordinal) && folded.Length - stem.Length <= 3)
                {
                    yield return (qid, i, i + 1);
                    break;
                }
            }
        }
    }

    private static bool Matches(List<(string Raw, string Folded)> tokens, int start, string[] name)
    {
        if (start + name.Length > tokens.Count)
            return false;
        for (int k = 0; k < name.Length; k++)
        {
            string t = tokens[start + k].Folded;
            // The last word may carry a genitive -s ("Mexikos", "der Vereinigten Staaten").
            if (t != name[k] && !(k == name.Length - 1 && t == name[k] + "s"))
                return false;
        }
        return true;
    }

    /// <summary>
    /// The country a text gives an office where it names it, by the adjective right before it: a demonym of the base
    /// ("den mexikanischen Außenminister") gives its country; a nationality adjective the base does not know (German
    /// "-isch": "der französische Außenminister", "der bayerische Ministerpräsident"; English "-ian", "-ese", "-ish":
    /// "Russian Foreign Minister") a foreign country. Only when every occurrence of the office is so qualified.
    /// </summary>
    public (IReadOnlySet<string> Known, string? Unknown) Qualifiers(IReadOnlyList<(string Raw, string Folded, string Key)> text, string mention)
    {
        var none = (new HashSet<string>(StringComparer.Ordinal), (string?)null);
        string[] wanted = [.. Tokenize(mention).Select(t => NameNormalizer.InflectionKey(t.Folded))];
        if (wanted.Length == 0)
            return none;
        var known = new HashSet<string>(StringComparer.Ordinal);
        string? unknown = null;
        bool found = false;
        for (int i = 1; i + wanted.Length <= text.Count; i++)
        {
            bool match = true;
            for (int k = 0; k < wanted.Length && match; k++)
                match = text[i + k].Key == wanted[k];
            if (!match)
                continue;
            found = true;
            (string raw, string folded, _) = text[i - 1];
            var cue = Scan([(raw, folded)]).Select(c => c.Qid).ToList();
            if (cue.Count > 0)
                known.UnionWith(cue);
            else if (IsNationalityAdjective(raw, folded))
                unknown ??= raw;
            else
                return none;
        }
        return found ? (known, known.Count > 0 ? null : unknown) : none;
    }

    private static readonly HashSet<string> NotNationalities = new(StringComparer.Ordinal)
    {
        "politisch", "demokratisch", "sozialdemokratisch", "christdemokratisch", "republikanisch", "technisch", "praktisch",
        "kritisch", "strategisch", "diplomatisch", "parlamentarisch", "christian", "english",
    };

    private static bool IsNationalityAdjective(string raw, string folded)
    {
        if (raw.Length < 4)
            return false;
        if (char.IsLower(raw[0]))
        {
            int at = folded.LastIndexOf("isch", StringComparison.Ordinal);
            return at > 0 && folded.Length - at <= 6 && !NotNationalities.Contains(folded[..(at + 4)]);
        }
        return (folded.EndsWith("ian", StringComparison.Ordinal) || folded.EndsWith("ese", StringComparison.Ordinal) || folded.EndsWith("ish", StringComparison.Ordinal))
            && !NotNationalities.Contains(folded);
    }

    /// <summary>The tokens of a document's text, raw, folded and without case endings (<see cref="NameNormalizer.InflectionKey"/>).</summary>
    public static (string Raw, string Folded, string Key)[] TextTokens(string text) =>
        [.. Tokenize(text).Select(t => (t.Raw, t.Folded, NameNormalizer.InflectionKey(t.Folded)))];

    /// <summary>Whitespace- and hyphen-separated tokens with surrounding punctuation removed, raw and folded.</summary>
    private static List<(string Raw, string Folded)> Tokenize(string text)
    {
        var result = new List<(string, string)>();
        foreach (string piece in text.Split((char[])[' ', '\t', '\r', '\n', '-', '\u2010', '\u2011', '/', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            string raw = piece.Trim('"', '\'', '„', '“', '”', '‚', '‘', '’', '(', ')', '[', ']', ',', ';', ':', '!', '?', '«', '»');
            if (raw.EndsWith('.') && raw.Count(ch => ch == '.') == 1)
                raw = raw[..^1];
            string folded = NameNormalizer.Fold(raw).Replace(" ", "", StringComparison.Ordinal);
            if (folded.Length > 0)
                result.Add((raw, folded));
        }
        return result;
    }
}
