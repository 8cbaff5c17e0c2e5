namespace KnowledgeGraph.Linking;

/// <summary>A document's mentions with the context the linker scores against.</summary>
/// <param name="Language">"de" or "en".</param>
/// <param name="Mentions">The mentions to link, in document order.</param>
public sealed record LinkingDocument(string Language, IReadOnlyList<EntityMention> Mentions)
{
    /// <summary>The document's text (or its sentences), searched for countries and offices.</summary>
    public string Text { get; init; } = "";

    /// <summary>The article's date: positions held are checked at this date.</summary>
    public DateOnly? Date { get; init; }
}
