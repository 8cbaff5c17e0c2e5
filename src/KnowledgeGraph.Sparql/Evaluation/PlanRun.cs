using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>The outcome of an analyzed run: wall time, results produced and their kind.</summary>
internal sealed record PlanRun(TimeSpan Elapsed, long Results, SparqlResultsKind Kind);
