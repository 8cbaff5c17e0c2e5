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

    public TermCache<byte, Iri> Iris { get; } = new(slotBits: 15);
}
