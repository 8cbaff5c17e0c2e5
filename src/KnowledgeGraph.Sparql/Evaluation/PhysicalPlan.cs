using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The physical plan of a query: the tree of operators the evaluator runs, printed one operator per line, inputs
/// indented under it with their role (probe/build side of a hash join, outer/inner side of an index nested-loop
/// join, EXISTS patterns ...). Each line carries the planner's choices (join algorithm and keys, the order of the
/// triple patterns in a BGP and which positions each lookup binds, where filters are tested, how a path is walked,
/// limits) and its row estimate from the store's statistics. After <see cref="SparqlEvaluator.Analyze"/> each line
/// also has the actual calls, rows and time (inclusive of its inputs).
/// </summary>
public sealed class PhysicalPlan
{
    private readonly PhysicalOperator _root;
    private readonly PrefixMap _prefixes;
    private readonly PlanRun? _run;

    internal PhysicalPlan(PhysicalOperator root, PrefixMap prefixes, PlanRun? run)
    {
        _root = root;
        _prefixes = prefixes;
        _run = run;
    }

    /// <summary>True when the plan was run and carries actual figures.</summary>
    public bool IsAnalyzed => _run is not null;

    /// <summary>The whole run's wall time, results included; null when not analyzed.</summary>
    public TimeSpan? Elapsed => _run?.Elapsed;

    /// <summary>How many rows, triples or booleans the query produced; null when not analyzed.</summary>
    public long? ResultCount => _run?.Results;

    /// <summary>The plan as indented text, one operator per line.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        Write(sb, _root, null, 0);
        if (_run is { } run)
        {
            string what = run.Kind switch
            {
                Results.SparqlResultsKind.Bindings => "rows",
                Results.SparqlResultsKind.Graph => "triples",
                _ => "boolean",
            };
            sb.Append(CultureInfo.InvariantCulture, $"total: {run.Results:#,0} result {what} in {Milliseconds(run.Elapsed)} (results decoded, not written)\n");
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToText();

    private void Write(StringBuilder sb, PhysicalOperator op, string? role, int depth)
    {
        var text = new PlanText(_prefixes);
        op.Describe(text);
        sb.Append(' ', depth * 2);
        if (role is not null and not "input")
        {
            sb.Append(role).Append(": ");
        }

        sb.Append(text.Title);
        if (!double.IsNaN(op.EstimatedRows))
        {
            sb.Append("  (est. ").Append(PlanText.Count(op.EstimatedRows)).Append(op.EstimatedRows == 1 ? " row)" : " rows)");
        }

        if (op.Profile is { } p)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  [actual {p.Rows:#,0} rows, {p.Calls:#,0} {(p.Calls == 1 ? "call" : "calls")}, {Milliseconds(p.Elapsed)}]");
        }

        sb.Append('\n');
        foreach (string detail in text.Details)
        {
            sb.Append(' ', (depth * 2) + 4).Append("| ").Append(detail).Append('\n');
        }

        foreach (PlanInput input in op.Inputs)
        {
            Write(sb, input.Operator, input.Role, depth + 1);
        }
    }

    private static string Milliseconds(TimeSpan t) => t.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms";
}
