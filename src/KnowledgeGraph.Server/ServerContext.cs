using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Server.Descriptions;
using KnowledgeGraph.Server.Security;
using KnowledgeGraph.Server.Updates;
using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Server;

/// <summary>What every endpoint of one server shares: the options, the store, the evaluator and the VoID cache.</summary>
internal sealed class ServerContext
{
    /// <summary>Set on responses whose results were cut at <see cref="ServerOptions.MaxResults"/>.</summary>
    public const string TruncatedHeader = "KG-Results-Truncated";

    /// <summary>The <see cref="Microsoft.AspNetCore.Http.HttpContext.Items"/> key of the number of result rows, for the log.</summary>
    public const string RowsItem = "kg.rows";

    public ServerContext(ServerOptions options)
    {
        Options = options;
        Evaluator = new SparqlEvaluator();
        UpdateRunner = options.UpdateRunner ?? new SparqlEngineUpdateRunner();
        Statistics = new DatasetStatisticsCache();
        Writes = new WriteAuthorization(options.UpdateToken);
    }

    public WriteAuthorization Writes { get; }

    public ServerOptions Options { get; }

    public IQuadStore Store => Options.Store;

    public SparqlEvaluator Evaluator { get; }

    public ISparqlUpdateRunner UpdateRunner { get; }

    public DatasetStatisticsCache Statistics { get; }

    /// <summary>Called after every committed write: cached descriptions of the data are stale.</summary>
    public void DataChanged() => Statistics.Invalidate();
}
