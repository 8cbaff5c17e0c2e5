namespace KnowledgeGraph.Linking.KnowledgeBase;

/// <summary>
/// What the linker knows about one Wikidata item: labels and aliases per language, classes (P31), positions held
/// (P39 with dates), country (P17), jurisdiction (P1001), and the number of sitelinks as a popularity prior.
/// Immutable; <see cref="Merge"/> combines facts about the same item from several sources.
/// </summary>
public sealed record WikidataItem
{
    /// <summary>Creates an item with its QID (<c>Q</c> followed by digits).</summary>
    public WikidataItem(string qid)
    {
        if (!IsQid(qid))
            throw new ArgumentException($"'{qid}' is not a Wikidata item id (expected Q followed by digits).", nameof(qid));
        Qid = qid;
    }

    /// <summary>The item id, e.g. <c>Q22686</c>.</summary>
    public string Qid { get; }

    /// <summary>The label per language code ("de", "en", …).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Aliases per language code.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Descriptions per language code.</summary>
    public IReadOnlyDictionary<string, string> Descriptions { get; init; } = new Dictionary<string, string>();

    /// <summary>Instance of (P31): QIDs of the item's classes.</summary>
    public IReadOnlyList<string> InstanceOf { get; init; } = [];

    /// <summary>Position held (P39) statements.</summary>
    public IReadOnlyList<PositionHeld> Positions { get; init; } = [];

    /// <summary>Country (P17).</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Applies to jurisdiction (P1001).</summary>
    public IReadOnlyList<string> Jurisdictions { get; init; } = [];

    /// <summary>Demonyms (P1549) per language, as adjective stems ("mexikanisch", "Mexican"): country cues in context.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Demonyms { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Number of Wikimedia sitelinks (WDQS <c>wikibase:sitelinks</c>), null when the source does not say.</summary>
    public int? Sitelinks { get; init; }

    /// <summary>Where the facts come from (file or table names), for provenance.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>True for <c>Q</c> followed by one or more digits, the first not 0.</summary>
    public static bool IsQid(string? text)
    {
        if (text is null || text.Length < 2 || text[0] != 'Q' || text[1] == '0')
            return false;
        for (int i = 1; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
                return false;
        }
        return true;
    }

    /// <summary>The label in <paramref name="language"/>, else English, else German, else any, else the QID.</summary>
    public string LabelIn(string? language)
    {
        if (language is not null && Labels.TryGetValue(language, out string? l))
            return l;
        if (Labels.TryGetValue("en", out l) || Labels.TryGetValue("de", out l))
            return l;
        return Labels.Values.FirstOrDefault() ?? Qid;
    }

    /// <summary>Combines two descriptions of the same item: labels and descriptions of <paramref name="other"/> fill
    /// gaps only; aliases, classes, positions, countries and sources are united; the larger sitelink count wins.</summary>
    public WikidataItem Merge(WikidataItem other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Qid != Qid)
            throw new ArgumentException($"Cannot merge {other.Qid} into {Qid}.", nameof(other));
        Dictionary<string, List<string>> aliases = UnionLists(Aliases, other.Aliases);
        // A label the other source has in addition becomes an alias when this item already has another label.
        foreach ((string lang, string label) in other.Labels)
        {
            if (Labels.TryGetValue(lang, out string? mine) && mine != label)
            {
                if (!aliases.TryGetValue(lang, out List<string>? list))
                    aliases[lang] = list = [];
                if (!list.Contains(label, StringComparer.Ordinal))
                    list.Add(label);
            }
        }
        return this with
        {
            Labels = Union(Labels, other.Labels),
            Descriptions = Union(Descriptions, other.Descriptions),
            Aliases = aliases.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value),
            Demonyms = UnionLists(Demonyms, other.Demonyms).ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value),
            InstanceOf = [.. InstanceOf.Union(other.InstanceOf)],
            Positions = [.. Positions.Union(other.Positions).DistinctBy(p => (p.PositionQid, p.Start, p.End))],
            Countries = [.. Countries.Union(other.Countries)],
            Jurisdictions = [.. Jurisdictions.Union(other.Jurisdictions)],
            Sitelinks = Sitelinks is null ? other.Sitelinks : other.Sitelinks is null ? Sitelinks : Math.Max(Sitelinks.Value, other.Sitelinks.Value),
            Sources = [.. Sources.Union(other.Sources)],
        };
    }

    private static Dictionary<string, List<string>> UnionLists(IReadOnlyDictionary<string, IReadOnlyList<string>> mine,
        IReadOnlyDictionary<string, IReadOnlyList<string>> theirs)
    {
        var result = mine.ToDictionary(kv => kv.Key, kv => kv.Value.ToList());
        foreach ((string lang, IReadOnlyList<string> list) in theirs)
        {
            if (!result.TryGetValue(lang, out List<string>? target))
                result[lang] = target = [];
            foreach (string a in list)
            {
                if (!target.Contains(a, StringComparer.Ordinal))
                    target.Add(a);
            }
        }
        return result;
    }

    private static Dictionary<string, string> Union(IReadOnlyDictionary<string, string> mine, IReadOnlyDictionary<string, string> theirs)
    {
        var result = mine.ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach ((string k, string v) in theirs)
            result.TryAdd(k, v);
        return result;
    }
}
