using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Server.Updates;

/// <summary>The runner used while the SPARQL engine has no update support: authorized requests get 501.</summary>
internal sealed class UnavailableUpdateRunner : ISparqlUpdateRunner
{
    public bool IsAvailable => false;

    public void Run(IQuadStore store, SparqlUpdateRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("SPARQL Update is not available in this build");
}
