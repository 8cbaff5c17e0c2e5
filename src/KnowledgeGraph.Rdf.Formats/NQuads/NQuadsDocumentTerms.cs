using System.Collections.Concurrent;
using KnowledgeGraph.Rdf.Formats.Reading;

namespace KnowledgeGraph.Rdf.Formats.NQuads;

/// <summary>
/// What the parsers of one N-Triples / N-Quads document share across worker threads: its blank node labels (scoped to
/// the document, RDF 1.1 N-Triples §2.4) and the cache of IRIs read so far (IRIs there are absolute, so the same
/// bytes always mean the same term).
/// </summary>
internal sealed class NQuadsDocumentTerms
{
    public ConcurrentDictionary<string, BlankNode> BlankNodes { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// 2^11 slots. The cache's IRIs outlive the collections that run during a parse, and what survives is what a
    /// collection costs: on the 1M BSBM dump 2^15 slots kept ~8 MB alive and the collections paused the parse for
    /// 75-90 ms in all; 2^11 slots still hit 93 % of the IRIs (predicates, classes, the subject of the lines before)
    /// and pause it for ~10 ms (parse 0.62 → 0.53 s, median of 7), at the price of 18 MB more allocated for IRIs read again.
    /// </summary>
    private const int SlotBits = 11;

    public IriCache Iris { get; } = new(SlotBits);
}
