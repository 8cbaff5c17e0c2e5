namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>The lexicon entries of one language, indexed for matching against tokens.</summary>
internal sealed class LanguageLexicon
{
    public LanguageLexicon(
        string language,
        IReadOnlyList<SpeechCue> speechCues,
        IReadOnlyList<ContradictionCue> contradictionCues,
        IReadOnlyList<TitleEntry> titles,
        IReadOnlyList<PronounEntry> pronouns,
        IReadOnlyList<(IReadOnlyList<string> Words, OfficeEntry Office)> officeForms,
        IReadOnlyList<(string Cue, CountryEntry Country)> countryCues,
        IReadOnlyList<(IReadOnlyList<string> Words, PlaceEntry Place)> placeForms,
        IReadOnlyDictionary<string, char> givenNames)
    {
        GivenNames = givenNames;
        Language = language;
        SpeechCues = speechCues;
        ContradictionCues = contradictionCues;
        Titles = titles.ToDictionary(t => t.Form.TrimEnd('.'), StringComparer.Ordinal);
        Pronouns = pronouns;
        // Longest forms first, so "Secretary of State" wins over "Secretary".
        OfficeForms = [.. officeForms.OrderByDescending(f => f.Words.Count)];
        CountryPrefixes = countryCues.Where(c => c.Cue.EndsWith('-')).ToDictionary(c => c.Cue[..^1], c => c.Country, StringComparer.Ordinal);
        CountryWords = countryCues.Where(c => !c.Cue.EndsWith('-') && !c.Cue.Contains(' ')).GroupBy(c => c.Cue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Country, StringComparer.Ordinal);
        CountryPhrases = [.. countryCues.Where(c => c.Cue.Contains(' ')).Select(c => ((IReadOnlyList<string>)[.. Text.Tokenizer.Tokenize(c.Cue).Select(t => t.Value)], c.Country))
            .OrderByDescending(c => c.Item1.Count)];
        PlaceForms = [.. placeForms.OrderByDescending(f => f.Words.Count)];
    }

    public string Language { get; }

    public IReadOnlyList<SpeechCue> SpeechCues { get; }

    public IReadOnlyList<ContradictionCue> ContradictionCues { get; }

    /// <summary>Titles by form without a trailing period ("Dr", "Minister").</summary>
    public IReadOnlyDictionary<string, TitleEntry> Titles { get; }

    public IReadOnlyList<PronounEntry> Pronouns { get; }

    public IReadOnlyList<(IReadOnlyList<string> Words, OfficeEntry Office)> OfficeForms { get; }

    /// <summary>Country prefixes of compounds, without the hyphen ("US" of "US-Außenminister").</summary>
    public IReadOnlyDictionary<string, CountryEntry> CountryPrefixes { get; }

    /// <summary>Country cues of several words ("New Zealand's", "South Korean"), longest first.</summary>
    public IReadOnlyList<(IReadOnlyList<string> Words, CountryEntry Country)> CountryPhrases { get; }

    /// <summary>Whole-word country cues ("mexikanischen", "American", "U.S.").</summary>
    public IReadOnlyDictionary<string, CountryEntry> CountryWords { get; }

    public IReadOnlyList<(IReadOnlyList<string> Words, PlaceEntry Place)> PlaceForms { get; }

    /// <summary>Possessive determiners ("seine", "her"; any case) with the gender of the person they refer to.</summary>
    public IReadOnlyDictionary<string, char> Possessives { get; init; } = new Dictionary<string, char>();

    /// <summary>Nouns that name what a person said or stands for ("Forderung", "claim").</summary>
    public IReadOnlySet<string> UtteranceNouns { get; init; } = new HashSet<string>();

    /// <summary>Stance words for conflicting polarity ("unterstützen", "lehnt … ab", "oppose"), longest forms first.</summary>
    public IReadOnlyList<StanceCue> StanceCues { get; init; } = [];

    /// <summary>Given names this language's articles use, with their usual gender ('m', 'f' or '-').</summary>
    public IReadOnlyDictionary<string, char> GivenNames { get; }
}
