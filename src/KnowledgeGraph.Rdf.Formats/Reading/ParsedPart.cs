using System.Buffers;

namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>
/// What a worker made of one part of a document: its quads in a pooled array (handed back to the pool once they are
/// delivered), the statements lenient mode skipped (each with the number of quads before it), and the error that ended
/// it in strict mode.
/// </summary>
internal sealed class ParsedPart
{
    public ParsedPart(Quad[]? quads, int count, List<(int QuadIndex, RdfSyntaxException Error)>? skipped, RdfSyntaxException? fatal)
    {
        Quads = quads;
        Count = count;
        Skipped = skipped;
        Fatal = fatal;
    }

    public Quad[]? Quads { get; }

    public int Count { get; }

    public List<(int QuadIndex, RdfSyntaxException Error)>? Skipped { get; }

    public RdfSyntaxException? Fatal { get; }

    /// <summary>A part that is only an error (a bad directive read on the caller's thread).</summary>
    public static ParsedPart Failed(RdfSyntaxException error) => new(null, 0, null, error);

    /// <summary>A pooled array sized for a part of <paramref name="bytes"/> bytes of <paramref name="bytesPerQuad"/> each.</summary>
    public static Quad[] RentQuads(int bytes, int bytesPerQuad) => ArrayPool<Quad>.Shared.Rent(Math.Max(16, bytes / bytesPerQuad));
}
