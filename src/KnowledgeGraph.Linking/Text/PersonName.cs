namespace KnowledgeGraph.Linking.Text;

/// <summary>
/// The parts of a person's name that matter for matching: given names and surname, with initials ("John F. Kelly"),
/// generational suffixes ("Jr.") and leading titles or roles ("US-Präsident", "Senator", "Mr.") set aside.
/// </summary>
internal sealed record PersonName(IReadOnlyList<string> Given, string Surname, IReadOnlyList<string> Initials)
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "herr", "frau", "president", "prasident", "praesident",
        "prasidentin", "praesidentin", "senator", "senatorin", "sen", "rep", "representative", "congressman", "congresswoman",
        "secretary", "minister", "ministerin", "chancellor", "kanzler", "kanzlerin", "bundeskanzler", "bundeskanzlerin",
        "governor", "gouverneur", "mayor", "burgermeister", "buergermeister", "general", "gen", "judge", "justice", "richter",
        "premier", "king", "konig", "koenig", "queen", "konigin", "koenigin", "pope", "papst", "vizeprasident", "vice",
        "abgeordnete", "abgeordneter", "staatssekretar", "staatssekretaer", "der", "die", "das", "the", "ex", "former",
        "ehemalige", "ehemaliger", "neue", "neuer", "new", "chief", "chef", "chefin", "ambassador", "botschafter",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    /// <summary>Splits a name as written. Tokens are separated by whitespace; hyphenated given names stay one token.</summary>
    public static PersonName? Parse(string text)
    {
        var tokens = new List<string>();
        var initials = new List<string>();
        var abbreviations = new HashSet<int>();
        string[] raws = text.Split((char[])[' ', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
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
            if (letters.Length is >= 2 and <= 3 && letters.All(char.IsUpper))
                abbreviations.Add(tokens.Count);
            tokens.Add(folded);
        }
        // Titles and roles lead the name: "US-Präsident Donald Trump", "Senator Mark Kelly", "der Minister Kelly".
        int start = 0;
        while (start < tokens.Count - 1 && (IsTitle(tokens[start]) || abbreviations.Contains(start)))
            start++;
        if (start < tokens.Count && IsTitle(tokens[start]) && tokens.Count - start == 1)
            return null;
        tokens = tokens[start..];
        if (tokens.Count == 0)
            return null;
        return new PersonName(tokens[..^1], tokens[^1], initials);
    }

    /// <summary>True for a title or role word; "us prasident" (from "US-Präsident") counts by its last part.</summary>
    public static bool IsTitle(string foldedToken)
    {
        string last = foldedToken.Contains(' ') ? foldedToken[(foldedToken.LastIndexOf(' ') + 1)..] : foldedToken;
        return Titles.Contains(last) || last.EndsWith("minister", StringComparison.Ordinal) || last.EndsWith("ministerin", StringComparison.Ordinal)
            || last.EndsWith("prasident", StringComparison.Ordinal) || last.EndsWith("prasidentin", StringComparison.Ordinal)
            || last.EndsWith("kanzler", StringComparison.Ordinal) || last.EndsWith("kanzlerin", StringComparison.Ordinal);
    }

    /// <summary>Given names, then surname, as one key.</summary>
    public string Full => Given.Count == 0 ? Surname : string.Join(' ', Given) + " " + Surname;

    /// <summary>First given name and surname ("luis videgaray caso" → "luis caso").</summary>
    public string? FirstAndLast => Given.Count >= 1 ? Given[0] + " " + Surname : null;

    /// <summary>The first given name, or null for a surname alone.</summary>
    public string? First => Given.Count > 0 ? Given[0].Split(' ')[0] : null;
}
