using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Server.Descriptions;

/// <summary>
/// What a VoID description states about the store (VoID §4): quads per graph, triples per property, entities per
/// class. Counted in one pass over a snapshot.
/// </summary>
internal sealed record DatasetStatistics(
    long Quads,
    long DefaultGraphTriples,
    IReadOnlyList<(Term Graph, long Triples)> Graphs,
    IReadOnlyList<(Iri Property, long Triples)> Properties,
    IReadOnlyList<(Term Class, long Entities)> Classes)
{
    public static DatasetStatistics Compute(IQuadSnapshot snapshot, CancellationToken cancellationToken)
    {
        long typeId = snapshot.TryGetId(Vocabulary.Rdf.Type, out long t) ? t : long.MinValue;
        var perGraph = new Dictionary<long, long>();
        var perProperty = new Dictionary<long, long>();
        var classMembers = new Dictionary<long, HashSet<long>>();
        long quads = 0;
        foreach (EncodedQuad q in snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any))
        {
            if ((++quads & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            perGraph[q.Graph] = perGraph.GetValueOrDefault(q.Graph) + 1;
            perProperty[q.Predicate] = perProperty.GetValueOrDefault(q.Predicate) + 1;
            if (q.Predicate == typeId)
            {
                if (!classMembers.TryGetValue(q.Object, out HashSet<long>? members))
                {
                    classMembers[q.Object] = members = [];
                }

                members.Add(q.Subject);
            }
        }

        foreach (long g in snapshot.NamedGraphs())
        {
            perGraph.TryAdd(g, 0);
        }

        return new DatasetStatistics(
            quads,
            perGraph.GetValueOrDefault(TermIds.DefaultGraph),
            [.. perGraph.Where(kv => kv.Key != TermIds.DefaultGraph).Select(kv => (snapshot.GetTerm(kv.Key), kv.Value)).OrderBy(x => x.Item1)],
            [.. perProperty.Select(kv => ((Iri)snapshot.GetTerm(kv.Key), kv.Value)).OrderBy(x => x.Item1.Value, StringComparer.Ordinal)],
            [.. classMembers.Select(kv => (snapshot.GetTerm(kv.Key), (long)kv.Value.Count)).OrderBy(x => x.Item1)]);
    }
}
