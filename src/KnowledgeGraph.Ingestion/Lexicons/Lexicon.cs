using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>
/// All lexicons and verified Wikidata tables, loaded once from the resources embedded from <c>data/</c>.
/// Immutable after loading, so one instance serves every article and thread.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> s_default = new(Load);

    private Lexicon(
        IReadOnlyList<OfficeEntry> offices,
        IReadOnlyList<CountryEntry> countries,
        IReadOnlyList<PolicyEntry> policies,
        IReadOnlyList<PlaceEntry> places,
        IReadOnlyList<KnownPerson> persons,
        LanguageLexicon german,
        LanguageLexicon english)
    {
        Offices = offices;
        Countries = countries;
        Policies = policies;
        Places = places;
        Persons = persons;
        German = german;
        English = english;
        var byAlias = new Dictionary<string, KnownPerson>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (KnownPerson person in persons)
        {
            foreach (string alias in person.Aliases.Append(person.Label))
            {
                if (byAlias.TryGetValue(alias, out KnownPerson? other) && other.Qid != person.Qid)
                    ambiguous.Add(alias);
                else
                    byAlias[alias] = person;
            }
        }
        // A name two different people share links to neither of them.
        foreach (string alias in ambiguous)
            byAlias.Remove(alias);
        PersonsByName = byAlias;
    }

    /// <summary>The lexicon built from the embedded data.</summary>
    public static Lexicon Default => s_default.Value;

    public IReadOnlyList<OfficeEntry> Offices { get; }

    public IReadOnlyList<CountryEntry> Countries { get; }

    public IReadOnlyList<PolicyEntry> Policies { get; }

    public IReadOnlyList<PlaceEntry> Places { get; }

    public IReadOnlyList<KnownPerson> Persons { get; }

    /// <summary>Verified persons by every name they go by; names shared by two people are left out.</summary>
    public IReadOnlyDictionary<string, KnownPerson> PersonsByName { get; }

    public LanguageLexicon German { get; }

    public LanguageLexicon English { get; }

    public LanguageLexicon For(string language) => language == "de" ? German : English;

    private static Lexicon Load()
    {
        List<CountryEntry> countries = [.. EmbeddedTable.ReadTsv("lexicon/countries.tsv").Select(r => new CountryEntry(
            r[0], NullIfBlank(r[1]), r[2], r[3], SplitForms(r[4]), SplitForms(r[5])))];
        List<OfficeEntry> offices = [.. EmbeddedTable.ReadTsv("lexicon/offices.tsv").Select(r => new OfficeEntry(
            r[0], NullIfBlank(r[1]), r[2], r[3], r[4] == "yes", r[5], r[6], r[7], SplitForms(r[8]), SplitForms(r[9])))];
        List<PolicyEntry> policies = [.. EmbeddedTable.ReadTsv("lexicon/policies.tsv").Select(r => new PolicyEntry(
            r[0], r[1], r[2], Pattern(r[3]), Pattern(r[4])))];
        List<PlaceEntry> places = [.. EmbeddedTable.ReadTsv("lexicon/places.tsv").Select(r => new PlaceEntry(
            r[0], NullIfBlank(r[1]), r[2], r[3], SplitForms(r[4]), SplitForms(r[5])))];
        List<string[]> titles = [.. EmbeddedTable.ReadTsv("lexicon/titles.tsv")];
        List<string[]> pronouns = [.. EmbeddedTable.ReadTsv("lexicon/pronouns.tsv")];
        List<string[]> contradictions = [.. EmbeddedTable.ReadTsv("lexicon/contradiction-cues.tsv")];
        List<string[]> givenNames = [.. EmbeddedTable.ReadTsv("lexicon/given-names.tsv")];
        List<string[]> utteranceNouns = [.. EmbeddedTable.ReadTsv("lexicon/utterance-nouns.tsv")];
        List<string[]> stanceCues = [.. EmbeddedTable.ReadTsv("lexicon/stance-cues.tsv")];

        LanguageLexicon Build(string lang, string speechFile) => new(
            lang,
            [.. EmbeddedTable.ReadTsv(speechFile).Select(r => new SpeechCue(ParseKind(r[0], speechFile), Words(r[1]), r.Length > 2 ? NullIfBlank(r[2]) : null))],
            [.. contradictions.Where(r => r[0] == lang).Select(r => new ContradictionCue(Words(r[2]), ParseContradictionKind(r[1]),
                r.Length > 3 ? NullIfBlank(r[3]) : null, r.Length > 4 ? SplitForms(r[4]) : []))],
            [.. titles.Where(r => r[0] == lang).Select(r => new TitleEntry(r[1], r[2] == "-" ? null : r[2], r[3][0]))],
            [.. pronouns.Where(r => r[0] == lang && r[2] != "possessive").Select(r => new PronounEntry(Words(r[1]), r[2] == "demonstrative", r[3][0]))],
            [.. offices.SelectMany(o => (lang == "de" ? o.GermanForms : o.EnglishForms).Select(f => ((IReadOnlyList<string>)Words(f), o)))],
            [.. countries.SelectMany(c => (lang == "de" ? c.GermanCues : c.EnglishCues).Select(cue => (cue, c)))],
            [.. places.SelectMany(p => (lang == "de" ? p.GermanForms : p.EnglishForms).Select(f => ((IReadOnlyList<string>)Words(f), p)))],
            givenNames.Where(r => r[2].Split(' ').Contains(lang)).ToDictionary(r => r[0], r => r[1][0], StringComparer.Ordinal))
        {
            Possessives = pronouns.Where(r => r[0] == lang && r[2] == "possessive").ToDictionary(r => r[1], r => r[3][0], StringComparer.OrdinalIgnoreCase),
            UtteranceNouns = utteranceNouns.Where(r => r[0] == lang).Select(r => r[1]).ToHashSet(StringComparer.Ordinal),
            // Longest forms first, so "zu stoppen" is read before "stoppen".
            StanceCues = [.. stanceCues.Where(r => r[0] == lang)
                .SelectMany(r => SplitForms(r[2]).Select(f => new StanceCue(Words(f), ParseStanceKind(r[1]), r.Length > 3 ? NullIfBlank(r[3]) : null, r.Length > 4 && r[4] == "yes")))
                .OrderByDescending(c => c.Words.Count)],
        };

        return new Lexicon(offices, countries, policies, places, LoadPersons(), Build("de", "lexicon/speech-cues.de.tsv"), Build("en", "lexicon/speech-cues.en.tsv"));
    }

    private static List<KnownPerson> LoadPersons()
    {
        var byQid = new Dictionary<string, (string Label, HashSet<string> Aliases)>(StringComparer.Ordinal);
        void Add(string qid, string label, params string?[] aliases)
        {
            if (!byQid.TryGetValue(qid, out var entry))
                byQid[qid] = entry = (label, new HashSet<string>(StringComparer.Ordinal));
            foreach (string? alias in aliases)
            {
                if (string.IsNullOrWhiteSpace(alias))
                    continue;
                entry.Aliases.Add(alias.Trim());
                // Spanish double surnames: "Luis Videgaray Caso" also goes by "Luis Videgaray".
                string[] parts = alias.Trim().Split(' ');
                if (parts.Length == 3 && !parts[1].EndsWith('.'))
                    entry.Aliases.Add(parts[0] + " " + parts[1]);
            }
        }

        foreach (string[] r in EmbeddedTable.ReadTsv("wikidata/entities.tsv"))
            if (r[1] == "person")
                Add(r[0], r[2], r[2], r[3]);
        foreach (string[] r in EmbeddedTable.ReadTsv("wikidata/us_politicians_qid.tsv"))
            Add(r[0], r[1], r[1], r[2] + " " + r[3], r.Length > 9 ? r[9] : null);
        foreach (string name in EmbeddedTable.ResourcesUnder("wikidata/everypolitician/"))
        {
            foreach (string[] r in EmbeddedTable.ReadCsv(name))
            {
                // Only the cabinet tables name their people (id,name,...); the positions excerpt does not.
                if (r.Length >= 2 && r[0].StartsWith('Q') && !r[1].StartsWith('Q'))
                    Add(r[0], r[1], r[1]);
            }
        }
        return [.. byQid.Select(kv => new KnownPerson(kv.Key, kv.Value.Label,
            [.. kv.Value.Aliases.OrderByDescending(a => a == kv.Value.Label).ThenBy(a => a, StringComparer.Ordinal)]))];
    }

    private static SpeechCueKind ParseKind(string kind, string file) => kind switch
    {
        "verb" => SpeechCueKind.Verb,
        "participle" => SpeechCueKind.Participle,
        "before" => SpeechCueKind.Before,
        "after" => SpeechCueKind.After,
        "impersonal" => SpeechCueKind.Impersonal,
        _ => throw new InvalidDataException($"{file}: unknown cue kind '{kind}'; expected verb, participle, before, after or impersonal."),
    };

    private static ContradictionCueKind ParseContradictionKind(string kind) => kind switch
    {
        "relation" => ContradictionCueKind.Relation,
        "verb" => ContradictionCueKind.Verb,
        "rejection" => ContradictionCueKind.Rejection,
        _ => throw new InvalidDataException($"lexicon/contradiction-cues.tsv: unknown cue kind '{kind}'; expected relation, verb or rejection."),
    };

    private static StanceCueKind ParseStanceKind(string kind) => kind switch
    {
        "support" => StanceCueKind.Support,
        "oppose" => StanceCueKind.Oppose,
        "against" => StanceCueKind.Against,
        "for" => StanceCueKind.For,
        "negation" => StanceCueKind.Negation,
        "denial" => StanceCueKind.Denial,
        _ => throw new InvalidDataException($"lexicon/stance-cues.tsv: unknown kind '{kind}'; expected support, oppose, against, for, negation or denial."),
    };

    private static Regex Pattern(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string[] SplitForms(string value) =>
        value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A form split into tokens the way <see cref="Text.Tokenizer"/> splits text.</summary>
    private static string[] Words(string form) => [.. Text.Tokenizer.Tokenize(form).Select(t => t.Value)];
}
