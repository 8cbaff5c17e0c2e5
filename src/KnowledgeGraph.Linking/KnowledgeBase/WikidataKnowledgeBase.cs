using System.Collections.Frozen;
using KnowledgeGraph.Linking.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.NQuads;
using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Linking.KnowledgeBase;

/// <summary>
/// The items the linker may link to, indexed by folded names (labels, aliases, short forms and surnames of persons).
/// Immutable and thread-safe. Build it from a store's Wikidata graph (<see cref="FromStore"/>), from items
/// (<see cref="FromItems"/>), or take the verified base that ships with the assembly (<see cref="Default"/>).
/// </summary>
public sealed class WikidataKnowledgeBase
{
    private static readonly Lazy<WikidataKnowledgeBase> DefaultBase = new(LoadDefault);
    private static readonly FrozenSet<string> PositionClasses = FrozenSet.Create(StringComparer.Ordinal, WikidataTerms.Position, WikidataTerms.PublicOffice);

    private readonly FrozenDictionary<string, WikidataItem> _items;
    private readonly Dictionary<string, List<(WikidataItem Item, NameMatch Match)>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(WikidataItem Item, NameMatch Match)>> _inflected = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(WikidataItem Item, PositionHeld Term)>> _holders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _firstNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedAsPosition = new(StringComparer.Ordinal);

    private WikidataKnowledgeBase(IEnumerable<WikidataItem> items)
    {
        var merged = new Dictionary<string, WikidataItem>(StringComparer.Ordinal);
        foreach (WikidataItem item in items)
            merged[item.Qid] = merged.TryGetValue(item.Qid, out WikidataItem? known) ? known.Merge(item) : item;
        _items = merged.ToFrozenDictionary(StringComparer.Ordinal);
        foreach (WikidataItem item in _items.Values)
        {
            foreach (PositionHeld p in item.Positions)
            {
                _usedAsPosition.Add(p.PositionQid);
                if (!_holders.TryGetValue(p.PositionQid, out var list))
                    _holders[p.PositionQid] = list = [];
                list.Add((item, p));
            }
        }
        foreach (WikidataItem item in _items.Values)
            IndexNames(item);
        MaxSitelinks = _items.Values.Max(i => i.Sitelinks) ?? 0;
    }

    /// <summary>The verified base built from <c>data/wikidata/</c>, embedded in this assembly: what offline linking
    /// uses when a store has no Wikidata graph.</summary>
    public static WikidataKnowledgeBase Default => DefaultBase.Value;

    /// <summary>An empty base (everything is NIL).</summary>
    public static WikidataKnowledgeBase Empty { get; } = new([]);

    /// <summary>The number of items.</summary>
    public int Count => _items.Count;

    /// <summary>The items, in no particular order.</summary>
    public IEnumerable<WikidataItem> Items => _items.Values;

    internal int MaxSitelinks { get; }

    /// <summary>A base of the given items (items with the same QID are merged).</summary>
    public static WikidataKnowledgeBase FromItems(IEnumerable<WikidataItem> items) => new(items);

    /// <summary>The items of a store's Wikidata graph (<see cref="WikidataGraph.Default"/> unless given).</summary>
    public static WikidataKnowledgeBase FromStore(IQuadStore store, Iri? graph = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        return new(ItemReader.Read(snapshot, graph ?? WikidataGraph.Default, cancellationToken));
    }

    /// <summary>This base plus more items (merged by QID).</summary>
    public WikidataKnowledgeBase With(IEnumerable<WikidataItem> items) => new(_items.Values.Concat(items));

    /// <summary>Looks an item up by QID.</summary>
    public bool TryGetItem(string qid, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WikidataItem? item) =>
        _items.TryGetValue(qid, out item);

    /// <summary>The persons the base records as holding a position, with their terms.</summary>
    public IReadOnlyList<(WikidataItem Holder, PositionHeld Term)> HoldersOf(string positionQid) =>
        _holders.TryGetValue(positionQid, out var list) ? list : [];

    internal IReadOnlyList<(WikidataItem Item, NameMatch Match)> Lookup(string key) =>
        _names.TryGetValue(key, out var list) ? list : [];

    /// <summary>Items other than persons whose name has this <see cref="NameNormalizer.InflectionKey"/> (German case endings removed).</summary>
    internal IReadOnlyList<(WikidataItem Item, NameMatch Match)> LookupInflected(string inflectionKey) =>
        _inflected.TryGetValue(inflectionKey, out var list) ? list : [];

    internal IReadOnlySet<string> FirstNamesOf(string qid) =>
        _firstNames.TryGetValue(qid, out var set) ? set : (IReadOnlySet<string>)FrozenSet<string>.Empty;

    internal static bool IsHuman(WikidataItem item) => item.InstanceOf.Contains(WikidataTerms.Human);

    internal bool IsPosition(WikidataItem item) =>
        item.InstanceOf.Any(PositionClasses.Contains) || _usedAsPosition.Contains(item.Qid);

    internal static bool IsCountry(WikidataItem item) => item.InstanceOf.Contains(WikidataTerms.CountryClass);

    private void IndexNames(WikidataItem item)
    {
        bool human = IsHuman(item);
        IEnumerable<(string Name, NameMatch Match)> names =
            item.Labels.Values.Select(l => (l, NameMatch.Label))
                .Concat(item.Aliases.Values.SelectMany(a => a).Select(a => (a, NameMatch.Alias)));
        foreach ((string name, NameMatch match) in names)
        {
            foreach (string key in NameNormalizer.Keys(name))
            {
                Add(_names, key, item, match);
                if (!human)
                    Add(_inflected, NameNormalizer.InflectionKey(key), item, match);
            }
            if (!human)
            {
                if (ShortOrganizationName(NameNormalizer.Fold(name)) is { } shortName && !IsPosition(item))
                    Add(_names, shortName, item, NameMatch.ShortName);
                continue;
            }
            if (PersonName.Parse(name) is not { } person)
                continue;
            if (person.First is { } first)
            {
                if (!_firstNames.TryGetValue(item.Qid, out var firsts))
                    _firstNames[item.Qid] = firsts = new HashSet<string>(StringComparer.Ordinal);
                firsts.Add(first);
            }
            AddPersonForm(person.Full, item, match);
            if (person.FirstAndLast is { } firstLast)
                AddPersonForm(firstLast, item, NameMatch.ShortName);
            AddPersonForm(person.Surname, item, NameMatch.Surname);
            // Spanish and Portuguese names carry two surnames ("Luis Videgaray Caso"); the first is used alone too.
            if (person.Paternal is { } paternal)
            {
                AddPersonForm(person.Given[0] + " " + paternal, item, NameMatch.ShortName);
                AddPersonForm(paternal, item, NameMatch.Surname);
            }
        }
    }

    /// <summary>"(United States) Department of Homeland Security" is also called "Homeland Security"; only names of two
    /// or more words are taken ("Department of State" is not "State").</summary>
    private static string? ShortOrganizationName(string folded)
    {
        foreach (string prefix in (string[])["united states department of ", "us department of ", "department of ", "ministry of "])
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                string rest = folded[prefix.Length..];
                return rest.Contains(' ', StringComparison.Ordinal) ? rest : null;
            }
        }
        return null;
    }

    private void AddPersonForm(string folded, WikidataItem item, NameMatch match)
    {
        foreach (string key in NameNormalizer.Keys(folded))
            Add(_names, key, item, match);
    }

    private static void Add(Dictionary<string, List<(WikidataItem Item, NameMatch Match)>> index, string key, WikidataItem item, NameMatch match)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        // An item's names are indexed together, so an earlier entry of the same item can only be the last one.
        if (list.Count > 0 && ReferenceEquals(list[^1].Item, item))
        {
            if (match < list[^1].Match)
                list[^1] = (item, match);
            return;
        }
        list.Add((item, match));
    }

    private static WikidataKnowledgeBase LoadDefault()
    {
        using Stream? stream = typeof(WikidataKnowledgeBase).Assembly.GetManifestResourceStream("wikidata/verified-base.nq");
        if (stream is null)
            return Empty;
        var parser = new NQuadsParser(RdfParserOptions.Default with { SourceName = "verified-base.nq" });
        return new(ItemReader.Read(parser.Parse(stream)));
    }
}
