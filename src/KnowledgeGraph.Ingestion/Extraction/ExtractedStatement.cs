using KnowledgeGraph.Ingestion.Lexicons;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>A statement found in an article.</summary>
public sealed class ExtractedStatement
{
    internal ExtractedStatement(PersonEntity speaker, string text, QuoteType type, string cue, int sentenceIndex, int paragraph, int sentenceStart, int sentenceEnd, string sentence)
    {
        Speaker = speaker;
        Text = text;
        Type = type;
        Cue = cue;
        SentenceIndex = sentenceIndex;
        Paragraph = paragraph;
        SentenceStart = sentenceStart;
        SentenceEnd = sentenceEnd;
        Sentence = sentence;
    }

    /// <summary>Who said it.</summary>
    public PersonEntity Speaker { get; }

    /// <summary>The words, as in the article.</summary>
    public string Text { get; }

    /// <summary>Direct quote or reported speech.</summary>
    public QuoteType Type { get; }

    /// <summary>The cue it was recognised by ("sagte", "according to", or "continuation").</summary>
    public string Cue { get; }

    /// <summary>The sentence's position in the article (0-based).</summary>
    public int SentenceIndex { get; }

    /// <summary>The paragraph's position in the article (0-based).</summary>
    public int Paragraph { get; }

    /// <summary>Offset of the sentence's first character in the article text.</summary>
    public int SentenceStart { get; }

    /// <summary>Offset just past the sentence's last character.</summary>
    public int SentenceEnd { get; }

    /// <summary>The sentence.</summary>
    public string Sentence { get; }

    /// <summary>When it was said, if the article lets it be resolved.</summary>
    public DateOnly? Date { get; internal set; }

    /// <summary>The key of the place it was said at, if stated.</summary>
    public string? PlaceKey => Place?.Key;

    internal PlaceEntry? Place { get; set; }

    internal List<PolicyEntry> Policies { get; } = [];

    /// <summary>The keys of the policies it is about.</summary>
    public IReadOnlyList<string> PolicyKeys => [.. Policies.Select(p => p.Key)];

    public override string ToString() => $"{Speaker.Name}: {Text}";
}
