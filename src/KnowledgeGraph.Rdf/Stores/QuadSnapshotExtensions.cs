namespace KnowledgeGraph.Rdf.Stores;

/// <summary>Turning a snapshot's encoded quads back into terms.</summary>
public static class QuadSnapshotExtensions
{
    /// <summary>The quad behind an encoded quad; a quad of the default graph comes back with a null graph.</summary>
    public static Quad Decode(this IQuadSnapshot snapshot, EncodedQuad quad)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new Quad(
            snapshot.GetTerm(quad.Subject),
            (Iri)snapshot.GetTerm(quad.Predicate),
            snapshot.GetTerm(quad.Object),
            quad.Graph == TermIds.DefaultGraph ? null : snapshot.GetTerm(quad.Graph));
    }
}
