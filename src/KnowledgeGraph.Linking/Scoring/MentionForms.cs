using KnowledgeGraph.Linking.Text;

namespace KnowledgeGraph.Linking.Scoring;

/// <summary>
/// The lookup forms of a mention name: the name itself; without a leading article ("the", "der"); without an English
/// possessive or a German genitive -s ("Trumps", "Trump's"); for persons, given names + surname with titles and
/// initials removed ("US-Präsident Donald J. Trump" → "donald trump"), the given name next to the surname with it.
/// </summary>
internal static class MentionForms
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "der", "die", "das", "den", "dem", "des", "a", "an", "ein", "eine" };

    /// <summary>(folded form, whether a genitive was stripped).</summary>
    public static List<(string Form, bool Genitive)> Of(string name, EntityKind kind, string language)
    {
        var forms = new List<(string, bool)>();
        void Add(string text, bool genitive)
        {
            foreach (string key in NameNormalizer.Keys(text))
            {
                if (key.Length > 0 && !forms.Any(f => f.Item1 == key))
                    forms.Add((key, genitive));
            }
        }

        string trimmed = name.Trim().Trim('"', '„', '“', '”', '\'', '‚', '‘', '’');
        string[] words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && Articles.Contains(NameNormalizer.Fold(words[0])))
            trimmed = string.Join(' ', words[1..]);
        Add(trimmed, false);

        // English possessive: "Trump's", "Jones'".
        foreach (string suffix in (string[])["'s", "’s", "'", "’"])
        {
            if (trimmed.EndsWith(suffix, StringComparison.Ordinal) && trimmed.Length > suffix.Length + 1)
            {
                Add(trimmed[..^suffix.Length], true);
                trimmed = trimmed[..^suffix.Length];
                break;
            }
        }
        // German genitive of names: "Trumps", "Merkels"; also "des Außenministers". Only a trailing 's' after a letter.
        if (language == "de" && trimmed.Length > 3 && trimmed[^1] == 's' && char.IsLetter(trimmed[^2]))
            Add(trimmed[..^1], true);

        if (kind is EntityKind.Person or EntityKind.Unknown && PersonName.Parse(trimmed) is { } person)
        {
            Add(person.Full, false);
            if (person.FirstAndLast is { } fl)
                Add(fl, false);
            // Words before the given name that are not titles ("Grünen-Politiker Joschka Fischer").
            if (person.Closest is { } closest)
                Add(closest, false);
        }
        return forms;
    }
}
