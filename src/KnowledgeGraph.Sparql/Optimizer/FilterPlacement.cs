using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Pushes filter conditions into the side of a join that always binds all their variables, so they prune early.
/// Safe because a join never changes a binding its input made. Conditions with EXISTS stay where they are
/// (their substitution sees every variable of the row).
/// </summary>
internal static class FilterPlacement
{
    public static Operator Apply(Operator op) => AlgebraRewriter.Rewrite(op, Place);

    private static Operator Place(Operator op)
    {
        if (op is not Filter { Input: Join join } filter)
        {
            return op;
        }

        var left = new List<Expression>();
        var right = new List<Expression>();
        var rest = new List<Expression>();
        HashSet<string> leftVars = CertainVariables.Of(join.Left);
        HashSet<string> rightVars = CertainVariables.Of(join.Right);
        foreach (Expression e in filter.Conditions)
        {
            HashSet<string> vars = CertainVariables.Mentioned(e);
            if (CertainVariables.HasExists(e))
            {
                rest.Add(e);
            }
            else if (vars.IsSubsetOf(leftVars))
            {
                left.Add(e);
            }
            else if (vars.IsSubsetOf(rightVars))
            {
                right.Add(e);
            }
            else
            {
                rest.Add(e);
            }
        }

        if (left.Count == 0 && right.Count == 0)
        {
            return op;
        }

        Operator l = left.Count > 0 ? Place(new Filter(left, join.Left)) : join.Left;
        Operator r = right.Count > 0 ? Place(new Filter(right, join.Right)) : join.Right;
        Operator j = new Join(l, r);
        return rest.Count > 0 ? new Filter(rest, j) : j;
    }
}
