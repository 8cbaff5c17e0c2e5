using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>Bottom-up rebuilding of an operator tree: children first, then <c>rewrite</c> on the node.</summary>
internal static class AlgebraRewriter
{
    public static Operator Rewrite(Operator op, Func<Operator, Operator> rewrite, Func<Expression, Expression>? expressions = null)
    {
        Expression E(Expression e) => expressions is null ? e : expressions(e);
        Operator R(Operator o) => Rewrite(o, rewrite, expressions);
        Operator rebuilt = op switch
        {
            Join j => j with { Left = R(j.Left), Right = R(j.Right) },
            LeftJoin lj => lj with { Left = R(lj.Left), Right = R(lj.Right), Condition = lj.Condition is null ? null : E(lj.Condition) },
            Union u => u with { Left = R(u.Left), Right = R(u.Right) },
            Minus m => m with { Left = R(m.Left), Right = R(m.Right) },
            Filter f => f with { Input = R(f.Input), Conditions = f.Conditions.Select(E).ToList() },
            Graph g => g with { Input = R(g.Input) },
            Service s => s with { Input = R(s.Input) },
            Extend e => e with { Input = R(e.Input), Expression = E(e.Expression) },
            Group g => g with { Input = R(g.Input) },
            OrderBy o => o with { Input = R(o.Input), Conditions = o.Conditions.Select(c => c with { Expression = E(c.Expression) }).ToList() },
            Project p => p with { Input = R(p.Input) },
            Distinct d => d with { Input = R(d.Input) },
            Reduced r => r with { Input = R(r.Input) },
            Slice s => s with { Input = R(s.Input) },
            ToList l => l with { Input = R(l.Input) },
            _ => op,
        };
        return rewrite(rebuilt);
    }
}
