using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Evaluates expressions against a row (§17). A type error yields null (the value stays unbound); FILTER treats it as
/// false. The lazy operators are here: ||, &amp;&amp; with their error tables (§17.2), IF, COALESCE, IN, BOUND, EXISTS.
/// </summary>
internal sealed class ExpressionEvaluator
{
    private readonly QueryContext _context;
    private readonly Func<Operator, PhysicalOperator> _existsPlan;

    // existsPlan: the physical plan of an EXISTS pattern (the planner's, made once per pattern).
    public ExpressionEvaluator(QueryContext context, Func<Operator, PhysicalOperator> existsPlan)
    {
        _context = context;
        _existsPlan = existsPlan;
    }

    /// <summary>The EBV of a filter condition; errors are false.</summary>
    public bool Test(Expression e, long[] row, long graph) => Ebv.Get(Evaluate(e, row, graph)) == true;

    public Term? Evaluate(Expression e, long[] row, long graph)
    {
        switch (e)
        {
            case VariableExpression v:
                return _context.Variables.TryGetSlot(v.Name, out int slot) && row[slot] != 0 ? _context.Terms.Decode(row[slot]) : null;
            case ConstantExpression c:
                return c.Value;
            case CallExpression call:
                return Call(call, row, graph);
            case FunctionExpression f:
                if (Casts.IsCast(f.Function) && f.Arguments.Count == 1)
                {
                    return Casts.Cast(f.Function, Evaluate(f.Arguments[0], row, graph));
                }

                return null;
            case ExistsExpression x:
                bool exists = _existsPlan(x.Pattern!).Run(row, graph).Any();
                return Ebv.Of(exists != x.Negated);
            default:
                return null;
        }
    }

    private Term? Call(CallExpression call, long[] row, long graph)
    {
        IReadOnlyList<Expression> args = call.Arguments;
        switch (call.Function)
        {
            case "||":
            {
                bool? a = Ebv.Get(Evaluate(args[0], row, graph));
                if (a == true)
                {
                    return Ebv.True;
                }

                bool? b = Ebv.Get(Evaluate(args[1], row, graph));
                return b == true ? Ebv.True : a is null || b is null ? null : Ebv.False;
            }

            case "&&":
            {
                bool? a = Ebv.Get(Evaluate(args[0], row, graph));
                if (a == false)
                {
                    return Ebv.False;
                }

                bool? b = Ebv.Get(Evaluate(args[1], row, graph));
                return b == false ? Ebv.False : a is null || b is null ? null : Ebv.True;
            }

            case "BOUND":
                return Ebv.Of(args[0] is VariableExpression v && _context.Variables.TryGetSlot(v.Name, out int s) && row[s] != 0);
            case "IF":
            {
                bool? c = Ebv.Get(Evaluate(args[0], row, graph));
                return c is null ? null : Evaluate(args[c.Value ? 1 : 2], row, graph);
            }

            case "COALESCE":
                foreach (Expression a in args)
                {
                    if (Evaluate(a, row, graph) is { } t)
                    {
                        return t;
                    }
                }

                return null;
            case "IN" or "NOT IN":
            {
                // §17.4.1.9: true on the first equal member; an error only when no member is equal and one erred.
                Term? left = Evaluate(args[0], row, graph);
                if (left is null)
                {
                    return null;
                }

                bool error = false;
                for (int i = 1; i < args.Count; i++)
                {
                    Term? right = Evaluate(args[i], row, graph);
                    bool? eq = right is null ? null : ValueComparer.Equal(left, right);
                    if (eq == true)
                    {
                        return Ebv.Of(call.Function == "IN");
                    }

                    error |= eq is null;
                }

                return error ? null : Ebv.Of(call.Function != "IN");
            }
        }

        var values = new Term[args.Count];
        for (int i = 0; i < args.Count; i++)
        {
            Term? t = Evaluate(args[i], row, graph);
            if (t is null)
            {
                return null;
            }

            values[i] = t;
        }

        return BuiltIns.Call(call.Function, values, _context.Functions);
    }
}
