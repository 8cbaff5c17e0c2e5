namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>
/// What a worker made of one part of a document: its quads in a pooled array (<see cref="PooledQuads"/>, handed back
/// once they are delivered), the statements lenient mode skipped (each with the number of quads before it), and the
/// error that ended it in strict mode.
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
}
