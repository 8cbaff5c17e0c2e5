using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Writes algebra as SPARQL S-Expressions, the notation of §18 examples and of Jena's <c>qparse --print=op</c>:
/// one operator per line, nested operators indented by two spaces.
/// </summary>
internal static class Sse
{
    public static string Write(Operator op, PrefixMap? prefixes = null)
    {
        var sb = new StringBuilder();
        WriteOp(sb, op, 0, prefixes);
        return sb.ToString();
    }

    public static string Write(Expression e, PrefixMap? prefixes = null)
    {
        var sb = new StringBuilder();
        WriteExpr(sb, e, prefixes);
        return sb.ToString();
    }

    public static string Write(PropertyPath p, PrefixMap? prefixes = null)
    {
        var sb = new StringBuilder();
        WritePath(sb, p, prefixes);
        return sb.ToString();
    }

    /// <summary>
    /// A term as SSE writes it: with <paramref name="prefixes"/>, an IRI whose local part is a plain name
    /// (letters, digits, '_', '-', '.' not last) is written as <c>prefix:local</c>.
    /// </summary>
    public static string Term(Term term, PrefixMap? prefixes) =>
        prefixes is null ? term.ToString() : TermDisplay.Show(term, prefixes, TermDisplay.IsPlainLocal);

    public static string Node(PatternNode node, PrefixMap? prefixes) => node.Variable is { } v ? "?" + v : Term(node.Term!, prefixes);

    private static void Line(StringBuilder sb, int indent)
    {
        sb.Append('\n').Append(' ', indent * 2);
    }

    private static void WriteOp(StringBuilder sb, Operator op, int indent, PrefixMap? px)
    {
        switch (op)
        {
            case Bgp bgp:
                sb.Append("(bgp");
                foreach (TriplePattern t in bgp.Triples)
                {
                    Line(sb, indent + 1);
                    sb.Append("(triple ").Append(Node(t.Subject, px)).Append(' ').Append(Node(t.Predicate, px)).Append(' ').Append(Node(t.Object, px)).Append(')');
                }

                sb.Append(')');
                break;
            case PathPattern pp:
                sb.Append("(path ").Append(Node(pp.Subject, px)).Append(' ');
                WritePath(sb, pp.Path, px);
                sb.Append(' ').Append(Node(pp.Object, px)).Append(')');
                break;
            case Join j:
                Binary(sb, "join", j.Left, j.Right, indent, px);
                break;
            case LeftJoin lj:
                sb.Append("(leftjoin");
                Child(sb, lj.Left, indent, px);
                Child(sb, lj.Right, indent, px);
                if (lj.Condition is not null)
                {
                    Line(sb, indent + 1);
                    WriteExpr(sb, lj.Condition, px);
                }

                sb.Append(')');
                break;
            case Filter f:
                sb.Append("(filter ");
                if (f.Conditions.Count == 1)
                {
                    WriteExpr(sb, f.Conditions[0], px);
                }
                else
                {
                    sb.Append("(exprlist");
                    foreach (Expression e in f.Conditions)
                    {
                        sb.Append(' ');
                        WriteExpr(sb, e, px);
                    }

                    sb.Append(')');
                }

                Child(sb, f.Input, indent, px);
                sb.Append(')');
                break;
            case Union u:
                Binary(sb, "union", u.Left, u.Right, indent, px);
                break;
            case Minus m:
                Binary(sb, "minus", m.Left, m.Right, indent, px);
                break;
            case Graph g:
                sb.Append("(graph ").Append(Node(g.Name, px));
                Child(sb, g.Input, indent, px);
                sb.Append(')');
                break;
            case Service s:
                sb.Append(s.Silent ? "(service silent " : "(service ").Append(s.Endpoint);
                Child(sb, s.Input, indent, px);
                sb.Append(')');
                break;
            case Extend e:
                sb.Append("(extend ((?").Append(e.Variable).Append(' ');
                WriteExpr(sb, e.Expression, px);
                sb.Append("))");
                Child(sb, e.Input, indent, px);
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
                        WriteExpr(sb, k.Expression, px);
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
                    WriteExpr(sb, g.Aggregations[i].Aggregate, px);
                    sb.Append(')');
                }

                sb.Append(')');
                Child(sb, g.Input, indent, px);
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
                    WriteExpr(sb, c.Expression, px);
                    sb.Append(')');
                }

                sb.Append(')');
                Child(sb, o.Input, indent, px);
                sb.Append(')');
                break;
            case Project p:
                sb.Append("(project (").AppendJoin(' ', p.Variables.Select(v => "?" + v)).Append(')');
                Child(sb, p.Input, indent, px);
                sb.Append(')');
                break;
            case Distinct d:
                sb.Append("(distinct");
                Child(sb, d.Input, indent, px);
                sb.Append(')');
                break;
            case Reduced r:
                sb.Append("(reduced");
                Child(sb, r.Input, indent, px);
                sb.Append(')');
                break;
            case ToList tl:
                sb.Append("(tolist");
                Child(sb, tl.Input, indent, px);
                sb.Append(')');
                break;
            case Slice s:
                sb.Append("(slice ").Append(s.Offset == 0 ? "_" : s.Offset.ToString(CultureInfo.InvariantCulture))
                    .Append(' ').Append(s.Limit is { } l ? l.ToString(CultureInfo.InvariantCulture) : "_");
                Child(sb, s.Input, indent, px);
                sb.Append(')');
                break;
            case Table t:
                WriteTable(sb, t, indent, px);
                break;
            default:
                throw new InvalidOperationException("Unknown operator " + op.GetType().Name);
        }
    }

    private static void WriteTable(StringBuilder sb, Table t, int indent, PrefixMap? px)
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
                    sb.Append(" [?").Append(t.Variables[i]).Append(' ').Append(Term(term, px)).Append(']');
                }
            }

            sb.Append(')');
        }

        sb.Append(')');
    }

    private static void Binary(StringBuilder sb, string name, Operator left, Operator right, int indent, PrefixMap? px)
    {
        sb.Append('(').Append(name);
        Child(sb, left, indent, px);
        Child(sb, right, indent, px);
        sb.Append(')');
    }

    private static void Child(StringBuilder sb, Operator op, int indent, PrefixMap? px)
    {
        Line(sb, indent + 1);
        WriteOp(sb, op, indent + 1, px);
    }

    public static void WriteExpr(StringBuilder sb, Expression e, PrefixMap? px = null)
    {
        switch (e)
        {
            case VariableExpression v:
                sb.Append('?').Append(v.Name);
                break;
            case ConstantExpression c:
                sb.Append(Term(c.Value, px));
                break;
            case CallExpression call:
                sb.Append('(').Append(SseName(call.Function));
                foreach (Expression a in call.Arguments)
                {
                    sb.Append(' ');
                    WriteExpr(sb, a, px);
                }

                sb.Append(')');
                break;
            case FunctionExpression f:
                sb.Append('(').Append(Term(f.Function, px));
                foreach (Expression a in f.Arguments)
                {
                    sb.Append(' ');
                    WriteExpr(sb, a, px);
                }

                sb.Append(')');
                break;
            case ExistsExpression x:
                sb.Append(x.Negated ? "(notexists " : "(exists ");
                if (x.Pattern is not null)
                {
                    // One line: the nested operators' line breaks and indentation become single spaces.
                    foreach (string part in Write(x.Pattern, px).Split('\n'))
                    {
                        sb.Append(part.TrimStart()).Append(' ');
                    }

                    sb.Length--;
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
                    WriteExpr(sb, a.Argument, px);
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

    public static void WritePath(StringBuilder sb, PropertyPath p, PrefixMap? px = null)
    {
        switch (p)
        {
            case LinkPath l:
                sb.Append(Term(l.Predicate, px));
                break;
            case InversePath i:
                sb.Append("(reverse ");
                WritePath(sb, i.Inner, px);
                sb.Append(')');
                break;
            case SequencePath s:
                sb.Append("(seq ");
                WritePath(sb, s.Left, px);
                sb.Append(' ');
                WritePath(sb, s.Right, px);
                sb.Append(')');
                break;
            case AlternativePath a:
                sb.Append("(alt ");
                WritePath(sb, a.Left, px);
                sb.Append(' ');
                WritePath(sb, a.Right, px);
                sb.Append(')');
                break;
            case ZeroOrMorePath z:
                sb.Append("(path* ");
                WritePath(sb, z.Inner, px);
                sb.Append(')');
                break;
            case OneOrMorePath o:
                sb.Append("(path+ ");
                WritePath(sb, o.Inner, px);
                sb.Append(')');
                break;
            case ZeroOrOnePath q:
                sb.Append("(path? ");
                WritePath(sb, q.Inner, px);
                sb.Append(')');
                break;
            case NegatedPropertySet n:
                sb.Append("(notoneof");
                foreach (Iri i in n.Forward)
                {
                    sb.Append(' ').Append(Term(i, px));
                }

                foreach (Iri i in n.Inverse)
                {
                    sb.Append(" (reverse ").Append(Term(i, px)).Append(')');
                }

                sb.Append(')');
                break;
        }
    }
}
