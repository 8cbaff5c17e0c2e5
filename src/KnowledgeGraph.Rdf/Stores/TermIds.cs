namespace KnowledgeGraph.Rdf.Stores;

/// <summary>Reserved ids in quad patterns. Every term id a store hands out is greater than <see cref="DefaultGraph"/>.</summary>
public static class TermIds
{
    /// <summary>In a pattern: matches any term (in the graph position: any graph, the default graph included).</summary>
    public const long Any = 0;

    /// <summary>The default graph, in the graph position of quads and patterns.</summary>
    public const long DefaultGraph = 1;

    /// <summary>In a pattern's graph position: any named graph, not the default graph (SPARQL's <c>GRAPH ?g</c>).</summary>
    public const long AnyNamedGraph = -1;
}
