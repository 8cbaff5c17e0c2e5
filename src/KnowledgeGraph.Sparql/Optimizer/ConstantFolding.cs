using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Replaces calls whose arguments are all constants by their value, when that value is not an error and the
/// function is deterministic (not RAND, NOW, UUID, STRUUID, BNODE). Errors are left for evaluation, where they
/// mean "unbound", which a constant cannot express.
/// </summary>
internal static class ConstantFolding
{
    private static readonly HashSet<string> s_volatile = new(StringComparer.Ordinal)
    {
        "RAND", "NOW", "UUID", "STRUUID", "BNODE", "BOUND", "IRI",
    };

    private static readonly FunctionContext s_context = new(null, DateTimeOffset.UnixEpoch);

    public static Operator Apply(Operator op) => AlgebraRewriter.Rewrite(op, o => o, Fold);

    public static Expression Fold(Expression e)
    {
        switch (e)
        {
            case CallExpression c:
                var args = c.Arguments.Select(Fold).ToList();
                if (!s_volatile.Contains(c.Function) && c.Function is not ("IF" or "COALESCE" or "IN" or "NOT IN" or "||" or "&&")
                    && args.All(a => a is ConstantExpression))
                {
                    Term? value = BuiltIns.Call(c.Function, args.Select(a => ((ConstantExpression)a).Value).ToList(), s_context);
                    if (value is not null)
                    {
                        return new ConstantExpression(value);
                    }
                }

                return c with { Arguments = args };
            case FunctionExpression f:
                var fargs = f.Arguments.Select(Fold).ToList();
                if (Casts.IsCast(f.Function) && fargs.Count == 1 && fargs[0] is ConstantExpression k && Casts.Cast(f.Function, k.Value) is { } cast)
                {
                    return new ConstantExpression(cast);
                }

                return f with { Arguments = fargs };
            default:
                return e;
        }
    }
}
