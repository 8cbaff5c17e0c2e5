using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>What a query returns: solutions (SELECT), a boolean (ASK), or triples (CONSTRUCT, DESCRIBE).</summary>
public enum SparqlResultsKind
{
    /// <summary>Variable bindings.</summary>
    Bindings,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>An RDF graph.</summary>
    Graph,
}

/// <summary>
/// The result of a query. Solutions and triples are streamed: enumerate them once, while the store snapshot the
/// query ran on is still open. A null cell is an unbound variable.
/// </summary>
public sealed class SparqlResults
{
    private readonly IEnumerable<IReadOnlyList<Term?>>? _rows;
    private readonly IEnumerable<Triple>? _triples;

    private SparqlResults(SparqlResultsKind kind, IReadOnlyList<string> variables, IEnumerable<IReadOnlyList<Term?>>? rows, bool boolean, IEnumerable<Triple>? triples)
    {
        Kind = kind;
        Variables = variables;
        _rows = rows;
        Boolean = boolean;
        _triples = triples;
    }

    /// <summary>Bindings, boolean or graph.</summary>
    public SparqlResultsKind Kind { get; }

    /// <summary>The result variables (without '?'), in order; empty unless <see cref="Kind"/> is Bindings.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>The solutions, each with one cell per variable of <see cref="Variables"/>.</summary>
    public IEnumerable<IReadOnlyList<Term?>> Rows => _rows ?? [];

    /// <summary>The answer of an ASK query.</summary>
    public bool Boolean { get; }

    /// <summary>The triples of a CONSTRUCT or DESCRIBE query.</summary>
    public IEnumerable<Triple> Triples => _triples ?? [];

    /// <summary>Solutions over the given variables.</summary>
    public static SparqlResults FromBindings(IReadOnlyList<string> variables, IEnumerable<IReadOnlyList<Term?>> rows) =>
        new(SparqlResultsKind.Bindings, variables, rows, false, null);

    /// <summary>A boolean result.</summary>
    public static SparqlResults FromBoolean(bool value) => new(SparqlResultsKind.Boolean, [], null, value, null);

    /// <summary>A graph result.</summary>
    public static SparqlResults FromTriples(IEnumerable<Triple> triples) => new(SparqlResultsKind.Graph, [], null, false, triples);
}
