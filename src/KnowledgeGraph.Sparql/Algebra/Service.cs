namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Service(endpoint, P, silent) (SPARQL 1.1 Federated Query §5).</summary>
internal sealed record Service(PatternNode Endpoint, Operator Input, bool Silent) : Operator;
