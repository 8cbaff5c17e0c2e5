using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Server.Updates;

/// <summary>
/// Executes a SPARQL 1.1 Update request against the store. The endpoint handles transport, authorization and
/// status codes; this is the seam where the SPARQL engine's update support plugs in.
/// </summary>
internal interface ISparqlUpdateRunner
{
    /// <summary>False when this build cannot run updates (the endpoint then answers 501).</summary>
    bool IsAvailable { get; }

    /// <summary>Runs the request in one transaction: all of it is applied, or nothing.</summary>
    /// <exception cref="Sparql.Syntax.SparqlSyntaxException">The update text is not legal SPARQL Update.</exception>
    void Run(IQuadStore store, SparqlUpdateRequest request, CancellationToken cancellationToken);
}
