namespace KnowledgeGraph.Linking.Scoring;

/// <summary>What the linker knows about a document while scoring: its language, date, countries named, and the
/// items already linked (for co-occurrence).</summary>
internal sealed record DocumentContext(string Language, DateOnly? Date, IReadOnlyDictionary<string, int> Countries)
{
    public IReadOnlySet<string> Linked { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The document's text as tokens (<see cref="Text.CountryCues.TextTokens"/>), to find what qualifies a mention.</summary>
    public IReadOnlyList<(string Raw, string Folded, string Key)> TextTokens { get; init; } = [];

    /// <summary>The country a bare office name means when the text names none (<see cref="LinkerOptions.HomeCountries"/>).</summary>
    public string? HomeCountry { get; init; }
}
