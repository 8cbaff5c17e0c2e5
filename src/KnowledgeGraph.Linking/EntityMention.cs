namespace KnowledgeGraph.Linking;

/// <summary>
/// One entity of a document to link: its name as written (and other names the document gives it, such as the
/// German and English labels of an office node), its kind, and for persons the offices the document says they hold.
/// </summary>
/// <param name="Text">The name as written, e.g. "John Kelly", "Kelly", "US-Außenminister".</param>
/// <param name="Kind">What the mention is.</param>
public sealed record EntityMention(string Text, EntityKind Kind)
{
    /// <summary>Other names of the same entity in the document (labels in another language, longer forms).</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];

    /// <summary>For persons: names of the offices the document says the person holds ("US-Heimatschutzminister").</summary>
    public IReadOnlyList<string> Offices { get; init; } = [];

    /// <summary>A caller's key for the mention (e.g. the entity node's IRI); carried through to the result.</summary>
    public string? Key { get; init; }

    /// <summary>All names: <see cref="Text"/> first.</summary>
    public IEnumerable<string> Names => OtherNames.Prepend(Text).Distinct(StringComparer.Ordinal);
}
