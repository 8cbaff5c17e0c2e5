namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>One article to ingest: its text and whatever metadata the input carried.</summary>
/// <param name="Id">A stable identifier (the JSON <c>id</c>, else the file name); it names the article's graph.</param>
/// <param name="Text">The article body (title excluded when the input separates it).</param>
public sealed record ArticleInput(string Id, string Text)
{
    /// <summary>The headline, if known.</summary>
    public string? Title { get; init; }

    /// <summary>The article's URL, if known.</summary>
    public string? Url { get; init; }

    /// <summary>The publication date, if known.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>"de" or "en" when the input says so; null to detect.</summary>
    public string? Language { get; init; }

    /// <summary>Where the article was read from, for messages.</summary>
    public string? SourcePath { get; init; }
}
