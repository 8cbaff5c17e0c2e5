using KnowledgeGraph.Linking.KnowledgeBase;
using KnowledgeGraph.Linking.Text;

namespace KnowledgeGraph.Linking.Resolution;

/// <summary>
/// What a mention says beyond its name, and which earlier mention of the same document it refers back to: the office
/// in a person's title ("US-Präsident Donald Trump"), a surname alone ("Trump", "Kellys") that continues a fuller name,
/// and a description without a name ("The President", "the Secretary of State", "Republican from Texas") that
/// continues the nearest earlier person it fits.
/// </summary>
internal sealed class MentionResolver(WikidataKnowledgeBase kb, CountryCues countries)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "for", "from", "in", "to", "and", "der", "die", "das", "des", "dem", "den", "ein", "eine", "von",
        "aus", "fur", "im", "in", "und",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "from", "of", "aus", "von", "in", "for" };

    // Honorifics and determiners say nothing about which person is meant; roles do ("president", "senator").
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "herr", "herrn", "frau", "the", "der", "die", "das", "ex", "former", "ehemalige",
        "ehemaliger", "neue", "neuer", "new",
    };

    /// <summary>Party names and (singular) members, which describe a person without naming them ("Republican from Texas").</summary>
    private static readonly HashSet<string> Parties = new(StringComparer.Ordinal)
    {
        "republican", "democrat", "democratic", "independent", "gop", "libertarian", "republikaner",
        "republikanerin", "demokrat", "demokratin", "cdu", "csu", "spd", "fdp", "afd", "grune", "grunen", "linke", "linken",
        "sozialdemokrat", "sozialdemokratin", "christdemokrat", "christdemokratin", "labour", "tory", "conservative", "liberal",
    };

    /// <summary>A person described without a name: the offices and role words it gives, or only party and place.</summary>
    public sealed record Description(IReadOnlyList<string> Offices, IReadOnlyList<string> Roles);

    /// <summary>The offices a person mention's leading title names, as written ("US-Präsident" in "US-Präsident Donald
    /// Trump", "Secretary of State" in "Secretary of State John Kerry").</summary>
    public List<string> TitleOffices(string mention)
    {
        string[] words = Words(mention);
        var found = new List<string>();
        for (int k = words.Length - 1; k >= 1; k--)
        {
            string prefix = string.Join(' ', words[..k]);
            if (IsOfficeName(prefix))
            {
                found.Add(prefix);
                break;
            }
        }
        return found;
    }

    /// <summary>The description a person mention is when it has no name: every word is a role, an office, a country,
    /// a party, a connector or a place after "from"; null when some word may be a name.</summary>
    public Description? Describe(string mention)
    {
        string[] words = Words(mention);
        if (words.Length == 0)
            return null;
        var offices = new List<string>();
        var roles = new List<string>();
        bool party = false;
        for (int i = 0; i < words.Length;)
        {
            // The longest run of words from here that names an office of the base.
            int n = Math.Min(8, words.Length - i);
            for (; n >= 1; n--)
            {
                if (IsOfficeName(string.Join(' ', words, i, n)))
                    break;
            }
            if (n >= 1)
            {
                offices.Add(string.Join(' ', words, i, n));
                i += n;
                continue;
            }
            string word = words[i];
            string folded = NameNormalizer.Fold(word);
            string[] parts = NameNormalizer.Tokens(folded);
            if (parts.Length == 0 || Connectors.Contains(folded))
            {
                i++;
                continue;
            }
            if (Parties.Contains(folded) || parts.All(Parties.Contains))
            {
                party = true;
            }
            else if (PersonName.IsTitle(folded))
            {
                if (!Honorifics.Contains(folded))
                    roles.Add(parts[^1]);
            }
            else if (countries.Strip(word) is { Countries.Count: > 0, Stem.Length: 0 })
            {
                // "U.S.", "American": a country, no name.
            }
            else if (!(i > 0 && PlacePrepositions.Contains(NameNormalizer.Fold(words[i - 1])) && char.IsUpper(word[0])))
            {
                return null;
            }
            i++;
        }
        // A party word alone may name the party or its members ("Republicans", "Democrat"); with a place it describes
        // one person ("Republican from Texas").
        bool partyDescription = party && words.Length >= 2;
        return offices.Count > 0 || roles.Count > 0 || partyDescription ? new Description(offices, roles) : null;
    }

    /// <summary>
    /// The earlier person mention a description refers back to: with an office, the nearest one whose item (as first
    /// linked) held that office or whose own title names it; with a role word, the nearest one written with that role or
    /// whose item held a position so named; with only party or place, the person mentioned right before. −1 if none fits.
    /// </summary>
    public int Antecedent(Description description, int index, IReadOnlyList<EntityMention> mentions, IReadOnlyList<Description?> descriptions,
        IReadOnlyList<string?> firstLinks, IReadOnlyList<IReadOnlyList<string>> officeQids, IReadOnlyList<string> descriptionOfficeQids)
    {
        bool nearestOnly = description.Offices.Count == 0 && description.Roles.Count == 0;
        for (int j = index - 1; j >= 0; j--)
        {
            if (mentions[j].Kind is not (EntityKind.Person or EntityKind.Unknown) || descriptions[j] is not null)
                continue;
            if (nearestOnly)
                return j;
            WikidataItem? item = firstLinks[j] is { } qid && kb.TryGetItem(qid, out WikidataItem? it) ? it : null;
            if (descriptionOfficeQids.Count > 0
                && (officeQids[j].Intersect(descriptionOfficeQids, StringComparer.Ordinal).Any()
                    || (item is not null && item.Positions.Any(p => descriptionOfficeQids.Contains(p.PositionQid)))))
            {
                return j;
            }
            if (description.Roles.Count > 0)
            {
                HashSet<string> words = [.. mentions[j].Names.SelectMany(n => NameNormalizer.Tokens(NameNormalizer.Fold(n)))];
                if (item is not null)
                {
                    foreach (PositionHeld p in item.Positions)
                    {
                        if (kb.TryGetItem(p.PositionQid, out WikidataItem? position))
                            words.UnionWith(position.Labels.Values.SelectMany(l => NameNormalizer.Tokens(NameNormalizer.Fold(l))));
                    }
                }
                if (description.Roles.All(words.Contains))
                    return j;
            }
        }
        return -1;
    }

    /// <summary>A person mention that is a surname alone takes the fuller name with that surname among the mentions
    /// before it, when they all name the same person ("Trump" after "US-Präsident Donald Trump" and "President Donald
    /// Trump"); German genitive "Kellys" too.</summary>
    public static EntityMention ResolveSurname(EntityMention m, int index, IReadOnlyList<EntityMention> all, string language)
    {
        if (m.Kind is not (EntityKind.Person or EntityKind.Unknown) || PersonName.Parse(m.Text) is not { Given.Count: 0 } alone)
            return m;
        List<EntityMention> fuller = Fuller(alone.Surname);
        if (fuller.Count == 0 && language == "de" && alone.Surname.EndsWith('s') && alone.Surname.Length > 3)
            fuller = Fuller(alone.Surname[..^1]);
        List<EntityMention> Fuller(string surname) => [.. all.Take(index)
            .Where(o => o.Kind is EntityKind.Person or EntityKind.Unknown && !ReferenceEquals(o, m))
            .Where(o => PersonName.Parse(o.Text) is { Given.Count: > 0 } p && p.Surname == surname)];
        // One person, however often and however titled: the given name next to the surname is the same.
        if (fuller.Count == 0 || fuller.Select(o => PersonName.Parse(o.Text)!.Given[^1]).Distinct(StringComparer.Ordinal).Count() != 1)
            return m;
        EntityMention source = fuller[^1];
        return m with { Text = source.Text, OtherNames = [], Offices = [.. m.Offices.Union(fuller.SelectMany(f => f.Offices))] };
    }

    /// <summary>Offices named in a text: n-grams that are a label or alias of a position in the base (folded).</summary>
    public IEnumerable<string> FindOffices(string text)
    {
        string[] tokens = NameNormalizer.Tokens(NameNormalizer.Fold(text));
        var found = new List<string>();
        for (int i = 0; i < tokens.Length; i++)
        {
            for (int n = Math.Min(8, tokens.Length - i); n >= 1; n--)
            {
                string key = string.Join(' ', tokens, i, n);
                if (kb.Lookup(key).Any(e => e.Match is NameMatch.Label or NameMatch.Alias && kb.IsPosition(e.Item)))
                {
                    found.Add(key);
                    i += n - 1;
                    break;
                }
            }
        }
        return found.Distinct(StringComparer.Ordinal);
    }

    /// <summary>True when a phrase, as written or without its country cue ("U.S. Senator" → "Senator" of Q30), is a label
    /// or alias of a position.</summary>
    public bool IsOfficeName(string phrase)
    {
        (string stem, IReadOnlySet<string> named) = countries.Strip(phrase);
        foreach (string key in NameNormalizer.Keys(phrase).Concat(named.Count > 0 && stem.Length > 0 ? NameNormalizer.Keys(stem) : []))
        {
            if (kb.Lookup(key).Any(e => e.Match is NameMatch.Label or NameMatch.Alias && kb.IsPosition(e.Item)))
                return true;
        }
        return false;
    }

    private static string[] Words(string text)
    {
        return [.. PersonName.WithoutParentheses(text).Split((char[])[' ', '\t', '\n', '\u00A0', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '„', '“', '”', '\'')).Where(w => w.Length > 0)];
    }
}
