using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// One quad of a QuadData or QuadPattern block (SPARQL 1.1 Update §3.1, Query §19.8 [48]–[52]); <see cref="Graph"/> is
/// null for triples outside GRAPH, which go to the WITH graph or the default graph.
/// </summary>
internal sealed record QuadTemplate(PatternNode Subject, PatternNode Predicate, PatternNode Object, PatternNode? Graph)
{
    public override string ToString() =>
        Graph is { } g ? $"(quad {g} {Subject} {Predicate} {Object})" : $"(triple {Subject} {Predicate} {Object})";
}
