using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A multiset of solutions given inline: VALUES (§10.2) and the unit table Z (one empty solution, §18.2.2.2).
/// A null cell is UNDEF.
/// </summary>
internal sealed record Table(IReadOnlyList<string> Variables, IReadOnlyList<Term?[]> Rows) : Operator
{
    public static Table Unit { get; } = new([], [Array.Empty<Term?>()]);

    public static Table Empty { get; } = new([], []);

    public bool IsUnit => Variables.Count == 0 && Rows.Count == 1;
}
