using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Immutable settings of a <see cref="SparqlEvaluator"/>; derive variants with <c>with</c>.</summary>
public sealed record SparqlEvaluatorOptions
{
    /// <summary>No timeout, the store's default graph, no loader.</summary>
    public static SparqlEvaluatorOptions Default { get; } = new();

    /// <summary>Queries running longer are cancelled (<see cref="OperationCanceledException"/>); null: no limit.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// When true, the default graph is the union of all graphs of the store (for queries without FROM),
    /// whatever the store's own setting.
    /// </summary>
    public bool UnionDefaultGraph { get; init; }

    /// <summary>
    /// Called for FROM / FROM NAMED IRIs the store holds no graph for (§13.2); returns the graph's triples, or null
    /// when it cannot be loaded (the graph is then empty).
    /// </summary>
    public Func<Iri, IEnumerable<Triple>?>? GraphLoader { get; init; }

    /// <summary>
    /// A dataset that replaces the query's FROM / FROM NAMED (SPARQL 1.1 Protocol §2.1.4); null: the query's own
    /// dataset, or the store's when it names none.
    /// </summary>
    public SparqlDatasetOverride? DatasetOverride { get; init; }

    /// <summary>The value of NOW(); null: the clock when the query starts.</summary>
    public DateTimeOffset? Now { get; init; }
}
