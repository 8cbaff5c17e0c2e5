namespace KnowledgeGraph.Ingestion.Text;

/// <summary>A quotation: <c>Start</c> is the opening mark, <c>End</c> is just past the closing mark.</summary>
internal readonly record struct QuoteSpan(int Start, int End)
{
    /// <summary>The first character inside the marks.</summary>
    public int ContentStart => Start + 1;

    /// <summary>Just past the last character inside the marks.</summary>
    public int ContentEnd => End - 1;

    public bool Contains(int position) => position >= Start && position < End;
}
