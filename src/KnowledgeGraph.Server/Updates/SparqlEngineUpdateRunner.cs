using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;

namespace KnowledgeGraph.Server.Updates;

/// <summary>
/// Runs updates with the SPARQL engine: <see cref="SparqlParser.ParseUpdate"/>, then <see cref="SparqlUpdateExecutor"/>
/// in one transaction. <c>using-graph-uri</c> / <c>using-named-graph-uri</c> become the dataset of every WHERE clause
/// (Protocol §2.2.3); the executor refuses them next to USING, USING NAMED or WITH.
/// </summary>
internal sealed class SparqlEngineUpdateRunner : ISparqlUpdateRunner
{
    private readonly SparqlUpdateExecutor _executor = new();

    public bool IsAvailable => true;

    public void Run(IQuadStore store, SparqlUpdateRequest request, CancellationToken cancellationToken)
    {
        SparqlUpdate update = SparqlParser.ParseUpdate(request.Text, request.BaseIri);
        SparqlUpdateExecutor executor = request.UsingGraphs.Count > 0 || request.UsingNamedGraphs.Count > 0
            ? new SparqlUpdateExecutor(_executor.Options with { DatasetOverride = new SparqlDatasetOverride(request.UsingGraphs, request.UsingNamedGraphs) })
            : _executor;
        executor.Execute(update, store, cancellationToken);
    }
}
