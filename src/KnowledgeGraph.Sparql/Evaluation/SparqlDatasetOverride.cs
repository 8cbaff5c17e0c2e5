using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// An RDF dataset given outside the query text, such as the SPARQL 1.1 Protocol's <c>default-graph-uri</c> and
/// <c>named-graph-uri</c> (Protocol §2.1.4): it replaces the query's FROM and FROM NAMED entirely. The default graph
/// is the merge of <see cref="DefaultGraphs"/>; only <see cref="NamedGraphs"/> are visible to GRAPH.
/// </summary>
/// <param name="DefaultGraphs">The graphs merged into the default graph.</param>
/// <param name="NamedGraphs">The named graphs of the dataset.</param>
public sealed record SparqlDatasetOverride(IReadOnlyList<Iri> DefaultGraphs, IReadOnlyList<Iri> NamedGraphs);
