namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// The variables an operator binds in every one of its solutions (a subset of its in-scope variables, §18.2.1):
/// the keys of hash joins and MINUS, and where filters may move.
/// </summary>
internal static class CertainVariables
{
    public static HashSet<string> Of(Operator op)
    {
        switch (op)
        {
            case Bgp b:
                var inBgp = new HashSet<string>(StringComparer.Ordinal);
                foreach (TriplePattern t in b.Triples)
                {
                    Add(inBgp, t.Subject);
                    Add(inBgp, t.Predicate);
                    Add(inBgp, t.Object);
                }

                return inBgp;
            case PathPattern p:
                var inPath = new HashSet<string>(StringComparer.Ordinal);
                Add(inPath, p.Subject);
                Add(inPath, p.Object);
                return inPath;
            case Join j:
                HashSet<string> set = Of(j.Left);
                set.UnionWith(Of(j.Right));
                return set;
            case LeftJoin lj:
                return Of(lj.Left);
            case Minus m:
                return Of(m.Left);
            case Union u:
                HashSet<string> both = Of(u.Left);
                both.IntersectWith(Of(u.Right));
                return both;
            case Filter f:
                return Of(f.Input);
            case Extend e:
                return Of(e.Input);
            case Graph g:
                HashSet<string> inner = Of(g.Input);
                if (g.Name.Variable is { } gv)
                {
                    inner.Add(gv);
                }

                return inner;
            case Project p:
                HashSet<string> projected = Of(p.Input);
                projected.IntersectWith(p.Variables);
                return projected;
            case Table t:
                var vars = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < t.Variables.Count; i++)
                {
                    if (t.Rows.All(r => r[i] is not null))
                    {
                        vars.Add(t.Variables[i]);
                    }
                }

                return vars;
            case Group g:
                // A key that is an input variable bound in every input row is bound in every group (§18.5.1).
                HashSet<string> input = Of(g.Input);
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (GroupKey k in g.Keys)
                {
                    if (k.Expression is VariableExpression v && v.Name == k.Variable && input.Contains(v.Name))
                    {
                        keys.Add(k.Variable);
                    }
                }

                return keys;
            case OrderBy o:
                return Of(o.Input);
            case Distinct d:
                return Of(d.Input);
            case Reduced r:
                return Of(r.Input);
            case Slice s:
                return Of(s.Input);
            case ToList l:
                return Of(l.Input);
            default:
                return new HashSet<string>(StringComparer.Ordinal);
        }
    }

    /// <summary>The variables both operators bind in every solution: the hash key of joins, OPTIONAL and MINUS.</summary>
    public static HashSet<string> Shared(Operator left, Operator right)
    {
        HashSet<string> shared = Of(left);
        shared.IntersectWith(Of(right));
        return shared;
    }

    /// <summary>The variables bound in every row of an operator run with the variables <paramref name="bound"/> already bound.</summary>
    public static HashSet<string> OfWithBound(Operator op, IEnumerable<string> bound)
    {
        HashSet<string> set = Of(op);
        set.UnionWith(bound);
        return set;
    }

    /// <summary>
    /// True when a condition reads only variables of <paramref name="certain"/> and has no EXISTS: it then has the
    /// same value wherever those variables are bound, so it may be tested earlier (pushed into a join side, into a
    /// scan, or before bindings are pushed in).
    /// </summary>
    public static bool ReadsOnly(Expression condition, IReadOnlySet<string> certain) =>
        !HasExists(condition) && Mentioned(condition).IsSubsetOf(certain);

    private static void Add(HashSet<string> set, PatternNode node)
    {
        if (node.Variable is { } v)
        {
            set.Add(v);
        }
    }

    /// <summary>Every variable an expression mentions, outside EXISTS patterns.</summary>
    public static HashSet<string> Mentioned(Expression e)
    {
        var vars = new HashSet<string>(StringComparer.Ordinal);
        Collect(e, vars);
        return vars;
    }

    /// <summary>True when the expression contains EXISTS or NOT EXISTS, whose substitution sees the whole row.</summary>
    public static bool HasExists(Expression e) => e switch
    {
        ExistsExpression => true,
        CallExpression c => c.Arguments.Any(HasExists),
        FunctionExpression f => f.Arguments.Any(HasExists),
        AggregateExpression { Argument: { } a } => HasExists(a),
        _ => false,
    };

    private static void Collect(Expression e, HashSet<string> vars)
    {
        switch (e)
        {
            case VariableExpression v:
                vars.Add(v.Name);
                break;
            case CallExpression c:
                foreach (Expression a in c.Arguments)
                {
                    Collect(a, vars);
                }

                break;
            case FunctionExpression f:
                foreach (Expression a in f.Arguments)
                {
                    Collect(a, vars);
                }

                break;
        }
    }
}
