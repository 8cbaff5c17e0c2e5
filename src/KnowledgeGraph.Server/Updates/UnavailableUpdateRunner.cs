using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Server.Updates;

/// <summary>A runner for a server that must not run updates even with a token: authorized requests get 501.</summary>
internal sealed class UnavailableUpdateRunner : ISparqlUpdateRunner
{
    public bool IsAvailable => false;

    public void Run(IQuadStore store, SparqlUpdateRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("SPARQL Update is not available in this build");
}
