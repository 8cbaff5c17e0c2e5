namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>ToList(Ω) (§18.2.5.1): turns a multiset into a sequence; evaluation is the identity.</summary>
internal sealed record ToList(Operator Input) : Operator;
