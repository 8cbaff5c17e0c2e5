using KnowledgeGraph.Ingestion.Lexicons;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>A person found in an article, with everything the article says about who they are.</summary>
public sealed class PersonEntity
{
    internal PersonEntity(string name, KnownPerson? known)
    {
        Name = known?.Label ?? name;
        Known = known;
    }

    /// <summary>The person's name: the verified label when linked, else the fullest name the article uses.</summary>
    public string Name { get; internal set; }

    /// <summary>The family name used for later mentions.</summary>
    public string Surname => Known?.Surname ?? Name.Split(' ')[^1];

    /// <summary>The verified Wikidata QID, or null.</summary>
    public string? Qid => Known?.Qid;

    internal KnownPerson? Known { get; set; }

    /// <summary>'m', 'f' or '-'.</summary>
    internal char Gender { get; set; } = '-';

    /// <summary>Roles for coreference ("minister", "president").</summary>
    internal HashSet<string> Roles { get; } = new(StringComparer.Ordinal);

    internal List<OfficeEntry> OfficeEntries { get; } = [];

    private readonly Dictionary<string, int> _spellings = new(StringComparer.Ordinal);

    /// <summary>Counts one use of a full name; the name becomes the longest one used, the most frequent of those.</summary>
    internal void NoteSpelling(string name)
    {
        _spellings[name] = _spellings.GetValueOrDefault(name) + 1;
        Name = _spellings.OrderByDescending(s => s.Key.Split(' ').Length).ThenByDescending(s => s.Value).First().Key;
    }

    /// <summary>The keys of the offices the article says this person holds.</summary>
    public IReadOnlyList<string> Offices => [.. OfficeEntries.Select(o => o.Key)];

    public override string ToString() => Name;
}
