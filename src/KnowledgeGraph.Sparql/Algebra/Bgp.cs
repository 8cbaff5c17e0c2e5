namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A basic graph pattern: BGP(triples) (§18.2.2.1).</summary>
internal sealed record Bgp(IReadOnlyList<TriplePattern> Triples) : Operator;
