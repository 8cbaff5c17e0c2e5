using System.Globalization;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// Translates the syntax tree to algebra (§18.2), checking the rules the grammar cannot express:
/// BIND and SELECT AS must introduce new variables (§18.2.1), aggregate queries may project only group keys and
/// aggregates (§11.4), and SELECT * is not allowed with GROUP BY.
/// </summary>
internal sealed class AlgebraTranslator
{
    private readonly string _text;
    private int _fresh;

    private AlgebraTranslator(string text)
    {
        _text = text;
    }

    public static QueryAlgebra Translate(SparqlQuery query)
    {
        var t = new AlgebraTranslator(query.Text);
        Operator root = t.TranslateBody(query.Body, query.Form, out IReadOnlyList<string> vars);
        if (query.Form == QueryForm.Select)
        {
            query.ResultVariables = vars;
        }

        return new QueryAlgebra(root);
    }

    private SparqlSyntaxException Error(int offset, string message) => SparqlSyntaxException.At(_text, offset, message);

    private string Fresh(string kind) => "." + kind + (_fresh++).ToString(CultureInfo.InvariantCulture);

    /// <summary>§18.2.4: grouping, HAVING, VALUES, select expressions, ORDER BY, projection, DISTINCT, slice.</summary>
    private Operator TranslateBody(QueryBody body, QueryForm form, out IReadOnlyList<string> projected)
    {
        Operator p = body.Where is null ? Table.Unit : TranslateGroup(body.Where);
        var aggregations = new List<Aggregation>();
        var selectExprs = body.Projection.Select(i => i.Expression is null ? null : ReplaceAggregates(i.Expression, aggregations)).ToList();
        var having = body.Having.Select(h => ReplaceAggregates(h, aggregations)).ToList();
        var order = body.OrderBy.Select(o => o with { Expression = ReplaceAggregates(o.Expression, aggregations) }).ToList();
        bool grouped = body.GroupBy.Count > 0 || aggregations.Count > 0;
        HashSet<string>? groupVars = null;
        if (grouped)
        {
            var keys = new List<GroupKey>();
            groupVars = new HashSet<string>(StringComparer.Ordinal);
            foreach (GroupCondition c in body.GroupBy)
            {
                Expression e = TranslateExpression(c.Expression);
                string v = c.Variable ?? (e is VariableExpression ve ? ve.Name : Fresh("g"));
                if (c.Variable is not null && InScope(p).Contains(c.Variable))
                {
                    throw Error(c.Offset, $"GROUP BY ... AS ?{c.Variable}: the variable is already in scope");
                }

                keys.Add(new GroupKey(v, e));
                groupVars.Add(v);
            }

            p = new Group(p, keys, aggregations);
            groupVars.UnionWith(aggregations.Select(a => a.Variable));
            if (body.SelectAll && form == QueryForm.Select)
            {
                throw Error(body.Where?.Offset ?? 0, "SELECT * is not allowed in a grouped query");
            }
        }

        if (having.Count > 0)
        {
            p = new Filter(having.Select(TranslateExpression).ToList(), p);
        }

        if (body.Values is not null)
        {
            p = JoinOf(p, body.Values);
        }

        var projectedVars = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (body.SelectAll)
        {
            foreach (string v in InScopeOrdered(p))
            {
                if (!Variables.IsHidden(v) && seen.Add(v))
                {
                    projectedVars.Add(v);
                }
            }
        }
        else
        {
            HashSet<string> inScope = InScope(p);
            for (int k = 0; k < body.Projection.Count; k++)
            {
                SelectItem item = body.Projection[k];
                Expression? e = selectExprs[k];
                if (e is null)
                {
                    if (groupVars is not null && !groupVars.Contains(item.Variable))
                    {
                        throw Error(item.Offset, $"?{item.Variable} is neither grouped nor aggregated");
                    }
                }
                else
                {
                    if (inScope.Contains(item.Variable) || seen.Contains(item.Variable))
                    {
                        throw Error(item.Offset, $"(... AS ?{item.Variable}): the variable is already in scope");
                    }

                    if (groupVars is not null)
                    {
                        foreach (string used in FreeVariables(e))
                        {
                            if (!groupVars.Contains(used) && !seen.Contains(used))
                            {
                                throw Error(item.Offset, $"?{used} in (... AS ?{item.Variable}) is neither grouped nor aggregated");
                            }
                        }
                    }

                    p = new Extend(p, item.Variable, TranslateExpression(e));
                    inScope.Add(item.Variable);
                }

                if (seen.Add(item.Variable))
                {
                    projectedVars.Add(item.Variable);
                }
            }
        }

        if (order.Count > 0)
        {
            p = new OrderBy(p, order.Select(o => o with { Expression = TranslateExpression(o.Expression) }).ToList());
        }

        if (form == QueryForm.Select || (form == QueryForm.Describe && !body.SelectAll))
        {
            p = new Project(p, projectedVars);
        }

        if (body.Distinct)
        {
            p = new Distinct(p);
        }
        else if (body.Reduced)
        {
            p = new Reduced(p);
        }

        if (body.Limit is not null || body.Offset is not null)
        {
            p = new Slice(p, body.Offset ?? 0, body.Limit);
        }

        projected = projectedVars;
        return p;
    }

    private Expression ReplaceAggregates(Expression e, List<Aggregation> aggregations) => e switch
    {
        AggregateExpression a => AddAggregate(a, aggregations),
        CallExpression c => c with { Arguments = c.Arguments.Select(x => ReplaceAggregates(x, aggregations)).ToList() },
        FunctionExpression f => f with { Arguments = f.Arguments.Select(x => ReplaceAggregates(x, aggregations)).ToList() },
        _ => e,
    };

    private VariableExpression AddAggregate(AggregateExpression a, List<Aggregation> aggregations)
    {
        AggregateExpression translated = a with { Argument = a.Argument is null ? null : TranslateExpression(a.Argument) };
        string v = ".agg" + aggregations.Count.ToString(CultureInfo.InvariantCulture);
        aggregations.Add(new Aggregation(v, translated));
        return new VariableExpression(v);
    }

    private static IEnumerable<string> FreeVariables(Expression e)
    {
        switch (e)
        {
            case VariableExpression v:
                yield return v.Name;
                break;
            case CallExpression c:
                foreach (Expression a in c.Arguments)
                {
                    foreach (string s in FreeVariables(a))
                    {
                        yield return s;
                    }
                }

                break;
            case FunctionExpression f:
                foreach (Expression a in f.Arguments)
                {
                    foreach (string s in FreeVariables(a))
                    {
                        yield return s;
                    }
                }

                break;
        }
    }

    private Expression TranslateExpression(Expression e) => e switch
    {
        ExistsExpression x when x.SyntaxPattern is not null => new ExistsExpression(x.Negated, null, TranslateGroup(x.SyntaxPattern)),
        CallExpression c => c with { Arguments = c.Arguments.Select(TranslateExpression).ToList() },
        FunctionExpression f => f with { Arguments = f.Arguments.Select(TranslateExpression).ToList() },
        AggregateExpression a => a with { Argument = a.Argument is null ? null : TranslateExpression(a.Argument) },
        _ => e,
    };

    /// <summary>§18.2.2.5–18.2.2.7: the group's elements folded left to right, filters applied to the whole group.</summary>
    private Operator TranslateGroup(GroupPattern group)
    {
        var filters = new List<Expression>();
        Operator g = Table.Unit;
        bool previousWasTriples = false;
        foreach (PatternElement element in group.Elements)
        {
            switch (element)
            {
                case TriplesElement t:
                    Operator block = TranslateTriples(t.Triples);
                    if (previousWasTriples && g is Bgp left && block is Bgp right)
                    {
                        g = new Bgp([.. left.Triples, .. right.Triples]);
                    }
                    else
                    {
                        g = JoinOf(g, block);
                    }

                    previousWasTriples = true;
                    continue;
                case FilterElement f:
                    filters.Add(TranslateExpression(f.Condition));
                    continue;
                case OptionalElement o:
                    Operator a = TranslateGroup(o.Pattern);
                    // Only the OPTIONAL group's own FILTERs become the condition (§18.2.2.6); a filter of a
                    // nested group stays inside, where the outer variables are not in scope.
                    g = a is Filter filter && o.Pattern.Elements.Any(x => x is FilterElement)
                        ? new LeftJoin(g, filter.Input, Conjunction(filter.Conditions))
                        : new LeftJoin(g, a, null);
                    break;
                case MinusElement m:
                    g = new Minus(g, TranslateGroup(m.Pattern));
                    break;
                case BindElement b:
                    if (InScope(g).Contains(b.Variable))
                    {
                        throw Error(b.Offset, $"BIND(... AS ?{b.Variable}): the variable is already in scope");
                    }

                    g = new Extend(g, b.Variable, TranslateExpression(b.Expression));
                    break;
                case UnionElement u:
                    Operator union = TranslateGroup(u.Alternatives[0]);
                    for (int k = 1; k < u.Alternatives.Count; k++)
                    {
                        union = new Union(union, TranslateGroup(u.Alternatives[k]));
                    }

                    g = JoinOf(g, union);
                    break;
                case GroupElement ge:
                    g = JoinOf(g, TranslateGroup(ge.Pattern));
                    break;
                case GraphElement gr:
                    g = JoinOf(g, new Graph(gr.Name, TranslateGroup(gr.Pattern)));
                    break;
                case ServiceElement s:
                    g = JoinOf(g, new Service(s.Endpoint, TranslateGroup(s.Pattern), s.Silent));
                    break;
                case ValuesElement v:
                    g = JoinOf(g, v.Data);
                    break;
                case SubSelectElement sub:
                    g = JoinOf(g, TranslateBody(sub.Query, QueryForm.Select, out _));
                    break;
                default:
                    throw new InvalidOperationException("Unknown element " + element.GetType().Name);
            }

            previousWasTriples = false;
        }

        return filters.Count > 0 ? new Filter(filters, g) : g;
    }

    private static Expression Conjunction(IReadOnlyList<Expression> conditions)
    {
        Expression e = conditions[0];
        for (int k = 1; k < conditions.Count; k++)
        {
            e = new CallExpression("&&", e, conditions[k]);
        }

        return e;
    }

    private static Operator JoinOf(Operator left, Operator right) =>
        left is Table { IsUnit: true } ? right : right is Table { IsUnit: true } ? left : new Join(left, right);

    /// <summary>§18.2.2.4: property paths become triples where they can, Path operators otherwise.</summary>
    private Operator TranslateTriples(IReadOnlyList<SyntaxTriple> triples)
    {
        var items = new List<object>();
        foreach (SyntaxTriple t in triples)
        {
            if (t.Path is null)
            {
                items.Add(new TriplePattern(t.Subject, t.Predicate!.Value, t.Object));
            }
            else
            {
                ExpandPath(t.Subject, t.Path, t.Object, items);
            }
        }

        Operator? result = null;
        var pending = new List<TriplePattern>();
        foreach (object item in items)
        {
            if (item is TriplePattern tp)
            {
                pending.Add(tp);
                continue;
            }

            if (pending.Count > 0)
            {
                result = result is null ? new Bgp(pending.ToList()) : new Join(result, new Bgp(pending.ToList()));
                pending.Clear();
            }

            result = result is null ? (Operator)item : new Join(result, (Operator)item);
        }

        if (pending.Count > 0 || result is null)
        {
            result = result is null ? new Bgp(pending) : new Join(result, new Bgp(pending));
        }

        return result;
    }

    private void ExpandPath(PatternNode s, PropertyPath path, PatternNode o, List<object> items)
    {
        switch (path)
        {
            case LinkPath l:
                items.Add(new TriplePattern(s, PatternNode.Const(l.Predicate), o));
                break;
            case InversePath { Inner: LinkPath l }:
                items.Add(new TriplePattern(o, PatternNode.Const(l.Predicate), s));
                break;
            case InversePath i when i.Inner is SequencePath or InversePath:
                ExpandPath(o, i.Inner, s, items);
                break;
            case SequencePath seq:
                PatternNode middle = PatternNode.Var(Fresh("p"));
                ExpandPath(s, seq.Left, middle, items);
                ExpandPath(middle, seq.Right, o, items);
                break;
            default:
                items.Add(new PathPattern(s, path, o));
                break;
        }
    }

    /// <summary>The in-scope variables of an algebra expression (§18.2.1).</summary>
    internal static HashSet<string> InScope(Operator op) => new(InScopeOrdered(op), StringComparer.Ordinal);

    internal static IEnumerable<string> InScopeOrdered(Operator op)
    {
        switch (op)
        {
            case Bgp b:
                foreach (TriplePattern t in b.Triples)
                {
                    if (t.Subject.Variable is { } s)
                    {
                        yield return s;
                    }

                    if (t.Predicate.Variable is { } p)
                    {
                        yield return p;
                    }

                    if (t.Object.Variable is { } o)
                    {
                        yield return o;
                    }
                }

                break;
            case PathPattern pp:
                if (pp.Subject.Variable is { } ps)
                {
                    yield return ps;
                }

                if (pp.Object.Variable is { } po)
                {
                    yield return po;
                }

                break;
            case Join j:
                foreach (string v in InScopeOrdered(j.Left).Concat(InScopeOrdered(j.Right)))
                {
                    yield return v;
                }

                break;
            case LeftJoin lj:
                foreach (string v in InScopeOrdered(lj.Left).Concat(InScopeOrdered(lj.Right)))
                {
                    yield return v;
                }

                break;
            case Union u:
                foreach (string v in InScopeOrdered(u.Left).Concat(InScopeOrdered(u.Right)))
                {
                    yield return v;
                }

                break;
            case Minus m:
                foreach (string v in InScopeOrdered(m.Left))
                {
                    yield return v;
                }

                break;
            case Filter f:
                foreach (string v in InScopeOrdered(f.Input))
                {
                    yield return v;
                }

                break;
            case Graph g:
                if (g.Name.Variable is { } gv)
                {
                    yield return gv;
                }

                foreach (string v in InScopeOrdered(g.Input))
                {
                    yield return v;
                }

                break;
            case Service s:
                if (s.Endpoint.Variable is { } sv)
                {
                    yield return sv;
                }

                foreach (string v in InScopeOrdered(s.Input))
                {
                    yield return v;
                }

                break;
            case Extend e:
                foreach (string v in InScopeOrdered(e.Input))
                {
                    yield return v;
                }

                yield return e.Variable;
                break;
            case Group g:
                foreach (GroupKey k in g.Keys)
                {
                    yield return k.Variable;
                }

                foreach (Aggregation a in g.Aggregations)
                {
                    yield return a.Variable;
                }

                break;
            case Project p:
                foreach (string v in p.Variables)
                {
                    yield return v;
                }

                break;
            case Table t:
                foreach (string v in t.Variables)
                {
                    yield return v;
                }

                break;
            case OrderBy o:
                foreach (string v in InScopeOrdered(o.Input))
                {
                    yield return v;
                }

                break;
            case Distinct d:
                foreach (string v in InScopeOrdered(d.Input))
                {
                    yield return v;
                }

                break;
            case Reduced r:
                foreach (string v in InScopeOrdered(r.Input))
                {
                    yield return v;
                }

                break;
            case Slice s:
                foreach (string v in InScopeOrdered(s.Input))
                {
                    yield return v;
                }

                break;
            case ToList l:
                foreach (string v in InScopeOrdered(l.Input))
                {
                    yield return v;
                }

                break;
        }
    }
}
