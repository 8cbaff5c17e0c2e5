namespace KnowledgeGraph.Linking;

/// <summary>What ingestion says a mention is; it decides which Wikidata classes are compatible.</summary>
public enum EntityKind
{
    /// <summary>Unknown: any item may match.</summary>
    Unknown,

    /// <summary>A person (links only to humans, Q5).</summary>
    Person,

    /// <summary>An office or post (links only to positions).</summary>
    Office,

    /// <summary>A place: country, city, building (never a human or a position).</summary>
    Place,

    /// <summary>An organization (never a human or a position).</summary>
    Organization,
}
