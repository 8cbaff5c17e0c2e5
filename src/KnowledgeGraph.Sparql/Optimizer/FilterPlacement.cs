using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Pushes filter conditions into the side of a join that always binds all their variables, so they prune early.
/// Safe because a join never changes a binding its input made. Likewise into the left side of OPTIONAL (a LeftJoin
/// keeps every binding of its left solutions) and of MINUS (whose solutions are left solutions, unchanged).
/// Conditions with EXISTS stay where they are (their substitution sees every variable of the row).
/// </summary>
internal static class FilterPlacement
{
    public static Operator Apply(Operator op) => AlgebraRewriter.Rewrite(op, Place);

    private static Operator Place(Operator op)
    {
        switch (op)
        {
            case Filter { Input: LeftJoin lj } f:
                return IntoLeft(f, lj.Left, left => lj with { Left = left });
            case Filter { Input: Minus m } f:
                return IntoLeft(f, m.Left, left => m with { Left = left });
            case Filter { Input: Join } f:
                return IntoJoin(f);
            default:
                return op;
        }
    }

    private static Operator IntoLeft(Filter filter, Operator left, Func<Operator, Operator> rebuild)
    {
        HashSet<string> leftVars = CertainVariables.Of(left);
        var pushed = new List<Expression>();
        var rest = new List<Expression>();
        foreach (Expression e in filter.Conditions)
        {
            (CertainVariables.ReadsOnly(e, leftVars) ? pushed : rest).Add(e);
        }

        if (pushed.Count == 0)
        {
            return filter;
        }

        Operator rebuilt = rebuild(Place(new Filter(pushed, left)));
        return rest.Count > 0 ? new Filter(rest, rebuilt) : rebuilt;
    }

    private static Operator IntoJoin(Filter filter)
    {
        var join = (Join)filter.Input;

        var left = new List<Expression>();
        var right = new List<Expression>();
        var rest = new List<Expression>();
        HashSet<string> leftVars = CertainVariables.Of(join.Left);
        HashSet<string> rightVars = CertainVariables.Of(join.Right);
        foreach (Expression e in filter.Conditions)
        {
            (CertainVariables.ReadsOnly(e, leftVars) ? left : CertainVariables.ReadsOnly(e, rightVars) ? right : rest).Add(e);
        }

        if (left.Count == 0 && right.Count == 0)
        {
            return filter;
        }

        Operator l = left.Count > 0 ? Place(new Filter(left, join.Left)) : join.Left;
        Operator r = right.Count > 0 ? Place(new Filter(right, join.Right)) : join.Right;
        Operator j = new Join(l, r);
        return rest.Count > 0 ? new Filter(rest, j) : j;
    }
}
