namespace KnowledgeGraph.Sparql.Update;

/// <summary>Immutable settings of a <see cref="SparqlUpdateExecutor"/>; derive variants with <c>with</c>.</summary>
public sealed record SparqlUpdateOptions
{
    /// <summary>No timeout, the store's default graph, LOAD of local <c>file:</c> IRIs only.</summary>
    public static SparqlUpdateOptions Default { get; } = new();

    /// <summary>
    /// Requests running longer are cancelled (<see cref="OperationCanceledException"/>) and change nothing; null: no limit.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// When true, the default graph that WHERE clauses match is the union of all graphs (templates and DATA still
    /// write to the real default graph).
    /// </summary>
    public bool UnionDefaultGraph { get; init; }

    /// <summary>
    /// When true, LOAD fetches <c>http:</c> and <c>https:</c> IRIs; otherwise only <c>file:</c> IRIs are loaded, and
    /// any other IRI is a failure (nothing, with SILENT).
    /// </summary>
    public bool AllowRemoteLoad { get; init; }

    /// <summary>The client for remote LOAD; null: a shared client. Used only with <see cref="AllowRemoteLoad"/>.</summary>
    public HttpClient? HttpClient { get; init; }

    /// <summary>The value of NOW() in WHERE clauses; null: the clock when each operation starts.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>
    /// The dataset of every WHERE clause, as the SPARQL 1.1 Protocol's <c>using-graph-uri</c> and
    /// <c>using-named-graph-uri</c> give it (Protocol §2.2.3); null: USING / USING NAMED / WITH decide. A request that
    /// has USING, USING NAMED or WITH as well fails (§2.2.3: the service must refuse it).
    /// </summary>
    public Evaluation.SparqlDatasetOverride? DatasetOverride { get; init; }
}
