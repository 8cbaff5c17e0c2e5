using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>What a graph management operation addresses (SPARQL 1.1 Update §3.2: GraphRef, GraphRefAll, GraphOrDefault).</summary>
internal enum GraphTargetKind
{
    /// <summary>The default graph (DEFAULT).</summary>
    Default,

    /// <summary>One named graph (GRAPH iri, or iri alone in GraphOrDefault).</summary>
    Named,

    /// <summary>Every named graph (NAMED).</summary>
    AllNamed,

    /// <summary>The default graph and every named graph (ALL).</summary>
    All,
}

/// <summary>A graph reference of a graph management operation; <see cref="Iri"/> is set for <see cref="GraphTargetKind.Named"/>.</summary>
internal readonly record struct GraphTarget(GraphTargetKind Kind, Iri? Iri)
{
    public static GraphTarget Default => new(GraphTargetKind.Default, null);

    public static GraphTarget Graph(Iri iri) => new(GraphTargetKind.Named, iri);

    public override string ToString() => Kind switch
    {
        GraphTargetKind.Default => "default",
        GraphTargetKind.Named => Iri!.ToString(),
        GraphTargetKind.AllNamed => "named",
        _ => "all",
    };
}
