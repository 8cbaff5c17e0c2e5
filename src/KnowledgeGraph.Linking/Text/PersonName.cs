namespace KnowledgeGraph.Linking.Text;

/// <summary>
/// The parts of a person's name that matter for matching: given names and surname, with initials ("John F. Kelly"),
/// generational suffixes ("Jr."), parenthesized additions ("(R-Texas)") and leading titles, roles and lowercase words
/// ("US-Präsident", "Senator", "Mr.", "der frühere Außenminister") set aside. Lowercase name particles directly before
/// the surname belong to it ("von der Leyen", "de Maizière").
/// </summary>
internal sealed record PersonName(IReadOnlyList<string> Given, string Surname, IReadOnlyList<string> Initials)
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "herr", "herrn", "frau", "president", "prasident",
        "praesident", "prasidentin", "praesidentin", "senator", "senatorin", "sen", "rep", "representative", "congressman",
        "congresswoman", "secretary", "minister", "ministerin", "chancellor", "kanzler", "kanzlerin", "bundeskanzler",
        "bundeskanzlerin", "governor", "gouverneur", "mayor", "burgermeister", "buergermeister", "general", "gen", "judge", "justice",
        "richter", "premier", "king", "konig", "koenig", "queen", "konigin", "koenigin", "pope", "papst", "vizeprasident", "vice",
        "abgeordnete", "abgeordneter", "staatssekretar", "staatssekretaer", "staatssekretarin", "der", "die", "das", "the", "ex",
        "former", "ehemalige", "ehemaliger", "neue", "neuer", "new", "chief", "chef", "chefin", "ambassador", "botschafter",
        "botschafterin", "kollege", "kollegin", "kollegen", "speaker", "leader", "sprecher", "sprecherin", "vorsitzende",
        "vorsitzender", "spokesman", "spokeswoman", "candidate", "kandidat", "kandidatin", "politiker", "politikerin",
    };

    /// <summary>Role words that end compounds ("Grünen-Politiker", "SPD-Chef", "Kanzlerkandidat", "Bundestagspräsident").</summary>
    private static readonly string[] TitleEndings =
    [
        "minister", "ministerin", "prasident", "prasidentin", "kanzler", "kanzlerin", "politiker", "politikerin", "chef", "chefin",
        "kandidat", "kandidatin", "vorsitzende", "vorsitzender", "sprecher", "sprecherin", "sekretar", "sekretarin",
    ];

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "vom", "van", "de", "der", "den", "del", "della", "di", "da", "du", "dos", "le", "la", "zu", "ten", "ter", "y",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>The last given name with the lowercase particles before it ("del mazo" in "Alfredo del Mazo González"):
    /// in Spanish and Portuguese names the paternal surname, which is used alone too.</summary>
    public string? Paternal { get; private init; }

    /// <summary>Splits a name as written. Tokens are separated by whitespace; hyphenated given names stay one token.
    /// Null when nothing but titles is left ("Herr Präsident", "The President").</summary>
    public static PersonName? Parse(string text)
    {
        var tokens = new List<(string Folded, bool Lower, bool Abbreviation)>();
        var initials = new List<string>();
        string[] raws = WithoutParentheses(text).Split((char[])[' ', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        for (int r = 0; r < raws.Length; r++)
        {
            string raw = raws[r];
            // The possessive belongs to the whole name: "Donald Trump's".
            if (r == raws.Length - 1)
            {
                foreach (string suffix in (string[])["'s", "’s"])
                {
                    if (raw.EndsWith(suffix, StringComparison.Ordinal) && raw.Length > suffix.Length)
                        raw = raw[..^suffix.Length];
                }
            }
            string folded = NameNormalizer.Fold(raw);
            if (folded.Length == 0)
                continue;
            string bare = folded.Replace(" ", "", StringComparison.Ordinal);
            if (Suffixes.Contains(bare))
                continue;
            // "F." or "F" between names is a middle initial.
            if (bare.Length == 1 && char.IsLetter(bare[0]))
            {
                initials.Add(bare);
                continue;
            }
            // "US", "U.S.", "EU" before a name is a country or party cue, not a given name.
            string letters = raw.Replace(".", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            bool abbreviation = letters.Length is >= 2 and <= 3 && letters.All(char.IsUpper);
            tokens.Add((folded, char.IsLower(raw.TrimStart('"', '„', '“', '\'', '(')[0]), abbreviation));
        }
        if (tokens.Count == 0)
            return null;

        // Surname: the last token with the lowercase particles right before it.
        int surnameStart = tokens.Count - 1;
        while (surnameStart > 0 && tokens[surnameStart - 1].Lower && Particles.Contains(tokens[surnameStart - 1].Folded))
            surnameStart--;
        if (surnameStart == tokens.Count - 1 && IsTitle(tokens[^1].Folded))
            return null;
        string surname = string.Join(' ', tokens.Skip(surnameStart).Select(t => t.Folded));

        // Titles, roles, abbreviations and lowercase words lead the name: "US-Präsident Donald Trump", "der frühere
        // Außenminister Joschka Fischer", "Senator Mark Kelly".
        int start = 0;
        while (start < surnameStart && (IsTitle(tokens[start].Folded) || tokens[start].Abbreviation || tokens[start].Lower))
            start++;
        List<string> given = [.. tokens.Skip(start).Take(surnameStart - start).Select(t => t.Folded)];
        string? paternal = null;
        if (surnameStart - start >= 2)
        {
            int p = surnameStart - 1;
            while (p > start + 1 && tokens[p - 1].Lower && Particles.Contains(tokens[p - 1].Folded))
                p--;
            paternal = string.Join(' ', tokens.Skip(p).Take(surnameStart - p).Select(t => t.Folded));
        }
        return new PersonName(given, surname, initials) { Paternal = paternal };
    }

    /// <summary>True for a title or role word; "us prasident" (from "US-Präsident") counts by its last part.</summary>
    public static bool IsTitle(string foldedToken)
    {
        string last = foldedToken.Contains(' ') ? foldedToken[(foldedToken.LastIndexOf(' ') + 1)..] : foldedToken;
        return Titles.Contains(last) || TitleEndings.Any(e => last.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>Given names, then surname, as one key.</summary>
    public string Full => Given.Count == 0 ? Surname : string.Join(' ', Given) + " " + Surname;

    /// <summary>First given name and surname ("luis videgaray caso" → "luis caso").</summary>
    public string? FirstAndLast => Given.Count >= 1 ? Given[0] + " " + Surname : null;

    /// <summary>The given name next to the surname and the surname, when there are several given names or words
    /// before it ("Grünen-Politiker Joschka Fischer" → "joschka fischer").</summary>
    public string? Closest => Given.Count >= 2 ? Given[^1] + " " + Surname : null;

    /// <summary>The first given name, or null for a surname alone.</summary>
    public string? First => Given.Count > 0 ? Given[0].Split(' ')[0] : null;

    /// <summary>The first parts of all given names (what may be compared with an item's first names).</summary>
    public IEnumerable<string> GivenFirsts => Given.Select(g => g.Split(' ')[0]);

    /// <summary>The text with parenthesised asides (nested too) left out.</summary>
    internal static string WithoutParentheses(string text)
    {
        int open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
            return text;
        var sb = new System.Text.StringBuilder(text.Length);
        int depth = 0;
        foreach (char c in text)
        {
            if (c == '(')
                depth++;
            else if (c == ')' && depth > 0)
                depth--;
            else if (depth == 0)
                sb.Append(c);
        }
        return sb.ToString();
    }
}
