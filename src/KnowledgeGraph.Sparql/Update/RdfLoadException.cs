namespace KnowledgeGraph.Sparql.Update;

/// <summary>A LOAD document that cannot be fetched or whose format is unknown (turned into a <see cref="SparqlUpdateException"/>).</summary>
internal sealed class RdfLoadException(string message) : Exception(message);
