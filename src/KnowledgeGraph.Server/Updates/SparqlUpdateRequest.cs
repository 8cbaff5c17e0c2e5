using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server.Updates;

/// <summary>
/// An update operation as the SPARQL 1.1 Protocol §2.2 carries it: the request text, the base IRI (the endpoint), and
/// the <c>using-graph-uri</c> / <c>using-named-graph-uri</c> parameters.
/// </summary>
internal sealed record SparqlUpdateRequest(string Text, Iri? BaseIri, IReadOnlyList<Iri> UsingGraphs, IReadOnlyList<Iri> UsingNamedGraphs);
