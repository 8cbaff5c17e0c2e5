using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Reads quads back out of a store snapshot as terms.</summary>
internal static class SnapshotQuads
{
    /// <summary>The quads of a graph id pattern (<see cref="TermIds.Any"/>: all), decoded; with <paramref name="dropGraph"/> as triples.</summary>
    public static IEnumerable<Quad> Read(IQuadSnapshot snapshot, long graph, bool dropGraph = false) =>
        snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, graph)
            .Select(q => dropGraph ? new Quad(snapshot.Decode(q).Triple) : snapshot.Decode(q));
}
