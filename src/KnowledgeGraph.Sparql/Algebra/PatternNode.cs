using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A position in a triple pattern: a variable (by name, without '?') or an RDF term.</summary>
internal readonly record struct PatternNode(Term? Term, string? Variable)
{
    public bool IsVariable => Variable is not null;

    public static PatternNode Var(string name) => new(null, name);

    public static PatternNode Const(Term term) => new(term, null);

    public override string ToString() => Variable is not null ? "?" + Variable : Term!.ToString();
}
