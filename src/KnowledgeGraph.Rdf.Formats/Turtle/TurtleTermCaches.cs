using KnowledgeGraph.Rdf.Formats.Reading;

namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>
/// The terms a Turtle document has read so far, by how they were written, valid as long as its base and prefixes stay
/// as they are: a directive starts a new set (<c>@prefix</c> keeps the IRIs, which depend on the base only). Shared by
/// the readers of all parts of a document read in parallel (<see cref="ParallelTurtleReader"/>), so a part starts with
/// the terms of the parts before it instead of none.
/// </summary>
internal sealed class TurtleTermCaches
{
    /// <summary>
    /// 2^12 slots per cache: small, because cached terms survive the collections during a parse and survivors are what
    /// a collection costs (see <see cref="NQuads.NQuadsDocumentTerms"/>); on the 1M BSBM Turtle file 2^15 slots meant
    /// 64-100 ms of pauses, 2^12 slots 17-29 ms, with 14 MB more allocated.
    /// </summary>
    private const int SlotBits = 12;

    public TurtleTermCaches()
        : this(new TermCache<char, Iri>(SlotBits))
    {
    }

    private TurtleTermCaches(TermCache<char, Iri> iris)
    {
        Iris = iris;
    }

    /// <summary>IRIREF bodies (relative ones resolved against the base).</summary>
    public TermCache<char, Iri> Iris { get; }

    /// <summary>Prefixed names.</summary>
    public TermCache<char, Iri> PrefixedNames { get; } = new(SlotBits);

    /// <summary>The caches once a prefix is declared: prefixed names start over.</summary>
    public TurtleTermCaches WithNewPrefix() => new(Iris);
}
