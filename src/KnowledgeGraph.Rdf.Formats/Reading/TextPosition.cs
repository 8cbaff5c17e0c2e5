namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>A place in a document: 1-based line and column (in code points) and the 0-based UTF-8 byte offset.</summary>
internal readonly record struct TextPosition(long Line, long Column, long Offset)
{
    /// <summary>The beginning of a document.</summary>
    public static TextPosition Start { get; } = new(1, 1, 0);

    /// <summary>The position after <paramref name="bytes"/>, which follow this position in the document.</summary>
    public TextPosition Advance(ReadOnlySpan<byte> bytes)
    {
        int lastNewline = bytes.LastIndexOf((byte)'\n');
        long line = Line;
        long column = Column;
        ReadOnlySpan<byte> tail = bytes;
        if (lastNewline >= 0)
        {
            line += bytes[..lastNewline].Count((byte)'\n') + 1;
            column = 1;
            tail = bytes[(lastNewline + 1)..];
        }

        // Columns count code points: every byte but UTF-8 continuation bytes (10xxxxxx) starts one.
        int continuation = 0;
        foreach (byte b in tail)
        {
            continuation += (b & 0xC0) == 0x80 ? 1 : 0;
        }

        return new(line, column + tail.Length - continuation, Offset + bytes.Length);
    }
}
