namespace KnowledgeGraph.Rdf.Stores;

/// <summary>
/// The one write transaction of a store. Its reads see its own writes. Nothing is visible to others until
/// <see cref="Commit"/>; disposing without committing rolls everything back.
/// </summary>
public interface IQuadTransaction : IQuadSnapshot
{
    /// <summary>Adds a quad (null graph: the default graph); false when it was there already.</summary>
    bool Add(Quad quad);

    /// <summary>Removes a quad; false when it was not there.</summary>
    bool Remove(Quad quad);

    /// <summary>Records an empty named graph (SPARQL Update CREATE); false when it existed.</summary>
    bool CreateGraph(Term graph);

    /// <summary>Removes a named graph and all its quads (SPARQL Update DROP); false when it did not exist.</summary>
    bool DropGraph(Term graph);

    /// <summary>Makes every change durable and visible to snapshots opened afterwards.</summary>
    void Commit();
}
