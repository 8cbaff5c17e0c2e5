using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// The parts of a query that SELECT sub-queries share with top-level queries: projection, WHERE,
/// solution modifiers (§15) and trailing VALUES.
/// </summary>
internal sealed class QueryBody
{
    public bool Distinct { get; set; }

    public bool Reduced { get; set; }

    /// <summary>SELECT * (or no projection at all, as for CONSTRUCT and ASK).</summary>
    public bool SelectAll { get; set; } = true;

    public List<SelectItem> Projection { get; } = [];

    public GroupPattern? Where { get; set; }

    public List<GroupCondition> GroupBy { get; } = [];

    public List<Expression> Having { get; } = [];

    public List<OrderCondition> OrderBy { get; } = [];

    public long? Limit { get; set; }

    public long? Offset { get; set; }

    public Table? Values { get; set; }
}

/// <summary>A projected variable, or (expr AS ?var).</summary>
internal sealed record SelectItem(string Variable, Expression? Expression, int Offset);

/// <summary>A GROUP BY condition: an expression, optionally AS ?var.</summary>
internal sealed record GroupCondition(Expression Expression, string? Variable, int Offset);
