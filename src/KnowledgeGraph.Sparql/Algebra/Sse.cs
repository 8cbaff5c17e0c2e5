using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Writes algebra as SPARQL S-Expressions, the notation of §18 examples and of Jena's <c>qparse --print=op</c>:
/// one operator per line, nested operators indented by two spaces.
/// </summary>
internal static class Sse
{
    public static string Write(Operator op)
    {
        var sb = new StringBuilder();
        WriteOp(sb, op, 0);
        return sb.ToString();
    }

    public static string Write(Expression e)
    {
        var sb = new StringBuilder();
        WriteExpr(sb, e);
        return sb.ToString();
    }

    public static string Write(PropertyPath p)
    {
        var sb = new StringBuilder();
        WritePath(sb, p);
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, int indent)
    {
        sb.Append('\n').Append(' ', indent * 2);
    }

    private static void WriteOp(StringBuilder sb, Operator op, int indent)
    {
        switch (op)
        {
            case Bgp bgp:
                sb.Append("(bgp");
                foreach (TriplePattern t in bgp.Triples)
                {
                    Line(sb, indent + 1);
                    sb.Append("(triple ").Append(t.Subject).Append(' ').Append(t.Predicate).Append(' ').Append(t.Object).Append(')');
                }

                sb.Append(')');
                break;
            case PathPattern pp:
                sb.Append("(path ").Append(pp.Subject).Append(' ');
                WritePath(sb, pp.Path);
                sb.Append(' ').Append(pp.Object).Append(')');
                break;
            case Join j:
                Binary(sb, "join", j.Left, j.Right, indent);
                break;
            case LeftJoin lj:
                sb.Append("(leftjoin");
                Child(sb, lj.Left, indent);
                Child(sb, lj.Right, indent);
                if (lj.Condition is not null)
                {
                    Line(sb, indent + 1);
                    WriteExpr(sb, lj.Condition);
                }

                sb.Append(')');
                break;
            case Filter f:
                sb.Append("(filter ");
                if (f.Conditions.Count == 1)
                {
                    WriteExpr(sb, f.Conditions[0]);
                }
                else
                {
                    sb.Append("(exprlist");
                    foreach (Expression e in f.Conditions)
                    {
                        sb.Append(' ');
                        WriteExpr(sb, e);
                    }

                    sb.Append(')');
                }

                Child(sb, f.Input, indent);
                sb.Append(')');
                break;
            case Union u:
                Binary(sb, "union", u.Left, u.Right, indent);
                break;
            case Minus m:
                Binary(sb, "minus", m.Left, m.Right, indent);
                break;
            case Graph g:
                sb.Append("(graph ").Append(g.Name);
                Child(sb, g.Input, indent);
                sb.Append(')');
                break;
            case Service s:
                sb.Append(s.Silent ? "(service silent " : "(service ").Append(s.Endpoint);
                Child(sb, s.Input, indent);
                sb.Append(')');
                break;
            case Extend e:
                sb.Append("(extend ((?").Append(e.Variable).Append(' ');
                WriteExpr(sb, e.Expression);
                sb.Append("))");
                Child(sb, e.Input, indent);
                sb.Append(')');
                break;
            case Group g:
                sb.Append("(group (");
                for (int i = 0; i < g.Keys.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(' ');
                    }

                    GroupKey k = g.Keys[i];
                    if (k.Expression is VariableExpression v && v.Name == k.Variable)
                    {
                        sb.Append('?').Append(k.Variable);
                    }
                    else
                    {
                        sb.Append("(?").Append(k.Variable).Append(' ');
                        WriteExpr(sb, k.Expression);
                        sb.Append(')');
                    }
                }

                sb.Append(") (");
                for (int i = 0; i < g.Aggregations.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(' ');
                    }

                    sb.Append("(?").Append(g.Aggregations[i].Variable).Append(' ');
                    WriteExpr(sb, g.Aggregations[i].Aggregate);
                    sb.Append(')');
                }

                sb.Append(')');
                Child(sb, g.Input, indent);
                sb.Append(')');
                break;
            case OrderBy o:
                sb.Append("(order (");
                for (int i = 0; i < o.Conditions.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(' ');
                    }

                    OrderCondition c = o.Conditions[i];
                    sb.Append(c.Descending ? "(desc " : "(asc ");
                    WriteExpr(sb, c.Expression);
                    sb.Append(')');
                }

                sb.Append(')');
                Child(sb, o.Input, indent);
                sb.Append(')');
                break;
            case Project p:
                sb.Append("(project (").AppendJoin(' ', p.Variables.Select(v => "?" + v)).Append(')');
                Child(sb, p.Input, indent);
                sb.Append(')');
                break;
            case Distinct d:
                sb.Append("(distinct");
                Child(sb, d.Input, indent);
                sb.Append(')');
                break;
            case Reduced r:
                sb.Append("(reduced");
                Child(sb, r.Input, indent);
                sb.Append(')');
                break;
            case ToList tl:
                sb.Append("(tolist");
                Child(sb, tl.Input, indent);
                sb.Append(')');
                break;
            case Slice s:
                sb.Append("(slice ").Append(s.Offset == 0 ? "_" : s.Offset.ToString(CultureInfo.InvariantCulture))
                    .Append(' ').Append(s.Limit is { } l ? l.ToString(CultureInfo.InvariantCulture) : "_");
                Child(sb, s.Input, indent);
                sb.Append(')');
                break;
            case Table t:
                WriteTable(sb, t, indent);
                break;
            default:
                throw new InvalidOperationException("Unknown operator " + op.GetType().Name);
        }
    }

    private static void WriteTable(StringBuilder sb, Table t, int indent)
    {
        if (t.IsUnit)
        {
            sb.Append("(table unit)");
            return;
        }

        if (t.Rows.Count == 0 && t.Variables.Count == 0)
        {
            sb.Append("(table empty)");
            return;
        }

        sb.Append("(table (vars").Append(string.Concat(t.Variables.Select(v => " ?" + v))).Append(')');
        foreach (Term?[] row in t.Rows)
        {
            Line(sb, indent + 1);
            sb.Append("(row");
            for (int i = 0; i < row.Length; i++)
            {
                if (row[i] is { } term)
                {
                    sb.Append(" [?").Append(t.Variables[i]).Append(' ').Append(term).Append(']');
                }
            }

            sb.Append(')');
        }

        sb.Append(')');
    }

    private static void Binary(StringBuilder sb, string name, Operator left, Operator right, int indent)
    {
        sb.Append('(').Append(name);
        Child(sb, left, indent);
        Child(sb, right, indent);
        sb.Append(')');
    }

    private static void Child(StringBuilder sb, Operator op, int indent)
    {
        Line(sb, indent + 1);
        WriteOp(sb, op, indent + 1);
    }

    public static void WriteExpr(StringBuilder sb, Expression e)
    {
        switch (e)
        {
            case VariableExpression v:
                sb.Append('?').Append(v.Name);
                break;
            case ConstantExpression c:
                sb.Append(c.Value);
                break;
            case CallExpression call:
                sb.Append('(').Append(SseName(call.Function));
                foreach (Expression a in call.Arguments)
                {
                    sb.Append(' ');
                    WriteExpr(sb, a);
                }

                sb.Append(')');
                break;
            case FunctionExpression f:
                sb.Append('(').Append(f.Function);
                foreach (Expression a in f.Arguments)
                {
                    sb.Append(' ');
                    WriteExpr(sb, a);
                }

                sb.Append(')');
                break;
            case ExistsExpression x:
                sb.Append(x.Negated ? "(notexists " : "(exists ");
                if (x.Pattern is not null)
                {
                    sb.Append(Write(x.Pattern).Replace("\n", " ", StringComparison.Ordinal));
                }

                sb.Append(')');
                break;
            case AggregateExpression a:
                sb.Append('(').Append(a.Function.ToLowerInvariant());
                if (a.Distinct)
                {
                    sb.Append(" distinct");
                }

                if (a.Argument is not null)
                {
                    sb.Append(' ');
                    WriteExpr(sb, a.Argument);
                }

                if (a.Separator is not null)
                {
                    sb.Append(" (separator ").Append(new Literal(a.Separator)).Append(')');
                }

                sb.Append(')');
                break;
            default:
                throw new InvalidOperationException("Unknown expression " + e.GetType().Name);
        }
    }

    private static string SseName(string function) => function switch
    {
        "u-" => "-",
        "u+" => "+",
        "IN" => "in",
        "NOT IN" => "notin",
        _ => function.ToLowerInvariant(),
    };

    public static void WritePath(StringBuilder sb, PropertyPath p)
    {
        switch (p)
        {
            case LinkPath l:
                sb.Append(l.Predicate);
                break;
            case InversePath i:
                sb.Append("(reverse ");
                WritePath(sb, i.Inner);
                sb.Append(')');
                break;
            case SequencePath s:
                sb.Append("(seq ");
                WritePath(sb, s.Left);
                sb.Append(' ');
                WritePath(sb, s.Right);
                sb.Append(')');
                break;
            case AlternativePath a:
                sb.Append("(alt ");
                WritePath(sb, a.Left);
                sb.Append(' ');
                WritePath(sb, a.Right);
                sb.Append(')');
                break;
            case ZeroOrMorePath z:
                sb.Append("(path* ");
                WritePath(sb, z.Inner);
                sb.Append(')');
                break;
            case OneOrMorePath o:
                sb.Append("(path+ ");
                WritePath(sb, o.Inner);
                sb.Append(')');
                break;
            case ZeroOrOnePath q:
                sb.Append("(path? ");
                WritePath(sb, q.Inner);
                sb.Append(')');
                break;
            case NegatedPropertySet n:
                sb.Append("(notoneof");
                foreach (Iri i in n.Forward)
                {
                    sb.Append(' ').Append(i);
                }

                foreach (Iri i in n.Inverse)
                {
                    sb.Append(" (reverse ").Append(i).Append(')');
                }

                sb.Append(')');
                break;
        }
    }
}
