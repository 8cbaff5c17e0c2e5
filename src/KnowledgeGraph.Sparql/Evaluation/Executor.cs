using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Algebra;
using Graph = KnowledgeGraph.Sparql.Algebra.Graph;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Runs an (optimised) algebra expression as a tree of pull operators over rows of term ids.
/// <see cref="Evaluate"/> takes a seed row: its result is the solutions of the operator compatible with the seed,
/// merged with it. Normal evaluation passes a non-empty seed only into operators where that equals joining
/// (<see cref="AcceptsBindings"/>); EXISTS passes its row everywhere, which is the substitution of §18.6.
/// </summary>
internal sealed class Executor
{
    private readonly QueryContext _context;
    private readonly ExpressionEvaluator _expressions;
    private readonly PathScan _paths;
    private readonly Dictionary<Bgp, BgpScan> _scans = new(ReferenceEqualityComparer.Instance);

    public Executor(QueryContext context)
    {
        _context = context;
        _expressions = new ExpressionEvaluator(context, this);
        _paths = new PathScan(context);
    }

    public ExpressionEvaluator Expressions => _expressions;

    /// <summary>True when evaluating with bindings pushed in equals joining with them afterwards.</summary>
    public static bool AcceptsBindings(Operator op) => op switch
    {
        Bgp or PathPattern or Table => true,
        Join j => AcceptsBindings(j.Left) && AcceptsBindings(j.Right),
        Union u => AcceptsBindings(u.Left) && AcceptsBindings(u.Right),
        Graph g => AcceptsBindings(g.Input),
        _ => false,
    };

    public IEnumerable<long[]> Evaluate(Operator op, long[] seed, long graph)
    {
        CancellationToken ct = _context.Cancellation;
        switch (op)
        {
            case Bgp bgp:
                if (!_scans.TryGetValue(bgp, out BgpScan? scan))
                {
                    _scans[bgp] = scan = new BgpScan(_context, bgp);
                }

                return scan.Run(seed, graph);
            case PathPattern path:
                return _paths.Run(path, seed, graph);
            case Table table:
                return TableScan(table, seed);
            case Join join:
                if (AcceptsBindings(join.Right))
                {
                    return IndexNestedLoopJoin.Run(this, Evaluate(join.Left, seed, graph), join.Right, graph);
                }

                return HashJoin.Run(Evaluate(join.Left, seed, graph), Evaluate(join.Right, seed, graph), KeySlots(join.Left, join.Right), ct);
            case LeftJoin lj:
                if (AcceptsBindings(lj.Right))
                {
                    return LeftOuterJoin.IndexNestedLoop(this, _expressions, Evaluate(lj.Left, seed, graph), lj.Right, lj.Condition, graph);
                }

                return LeftOuterJoin.Hash(_expressions, Evaluate(lj.Left, seed, graph), Evaluate(lj.Right, seed, graph), KeySlots(lj.Left, lj.Right), lj.Condition, graph, ct);
            case Union union:
                return Evaluate(union.Left, seed, graph).Concat(Evaluate(union.Right, seed, graph));
            case Minus minus:
                return HashMinus.Run(Evaluate(minus.Left, seed, graph), Evaluate(minus.Right, seed, graph), KeySlots(minus.Left, minus.Right), ct);
            case Filter filter:
                return FilterRows(filter, seed, graph);
            case Extend extend:
                return ExtendRows(extend, seed, graph);
            case Graph g:
                return GraphRows(g, seed, graph);
            case Group group:
                return HashAggregate.Run(_context, _expressions, group, Evaluate(group.Input, seed, graph), seed, graph);
            case OrderBy order:
                return SortOperator.Run(_expressions, Evaluate(order.Input, seed, graph), order.Conditions, graph, ct);
            case Project project:
                return ProjectRows(project, seed, graph);
            case Distinct distinct:
                return HashDistinct.Run(Evaluate(distinct.Input, seed, graph));
            case Reduced reduced:
                return HashDistinct.Run(Evaluate(reduced.Input, seed, graph));
            case Slice slice:
                IEnumerable<long[]> sliced = Evaluate(slice.Input, seed, graph).Skip((int)Math.Min(slice.Offset, int.MaxValue));
                return slice.Limit is { } limit ? sliced.Take((int)Math.Min(limit, int.MaxValue)) : sliced;
            case ToList list:
                return Evaluate(list.Input, seed, graph);
            case Service service:
                if (service.Silent)
                {
                    // SERVICE SILENT to an endpoint we cannot reach contributes one empty solution (Federated Query §4).
                    return [seed];
                }

                throw new NotSupportedException("SERVICE is not supported: this engine does not make remote calls.");
            default:
                throw new InvalidOperationException("Unknown operator " + op.GetType().Name);
        }
    }

    private IEnumerable<long[]> TableScan(Table table, long[] seed)
    {
        int[] slots = table.Variables.Select(v => _context.Variables[v]).ToArray();
        foreach (Term?[] values in table.Rows)
        {
            long[] row = (long[])seed.Clone();
            bool ok = true;
            for (int i = 0; i < slots.Length && ok; i++)
            {
                if (values[i] is null)
                {
                    continue;
                }

                long id = _context.Terms.Encode(values[i]!);
                if (row[slots[i]] != 0 && row[slots[i]] != id)
                {
                    ok = false;
                }

                row[slots[i]] = id;
            }

            if (ok)
            {
                yield return row;
            }
        }
    }

    private IEnumerable<long[]> FilterRows(Filter filter, long[] seed, long graph)
    {
        foreach (long[] row in Evaluate(filter.Input, seed, graph))
        {
            bool pass = true;
            foreach (Expression e in filter.Conditions)
            {
                if (!_expressions.Test(e, row, graph))
                {
                    pass = false;
                    break;
                }
            }

            if (pass)
            {
                yield return row;
            }
        }
    }

    private IEnumerable<long[]> ExtendRows(Extend extend, long[] seed, long graph)
    {
        int slot = _context.Variables[extend.Variable];
        foreach (long[] row in Evaluate(extend.Input, seed, graph))
        {
            if (extend.Input is not Extend)
            {
                // A chain of Extends (SELECT expressions, consecutive BINDs) works on one solution at a time,
                // so BNODE(str) stays the same node across it (§17.4.2.9).
                _context.Functions.BeginSolution();
            }

            Term? value = _expressions.Evaluate(extend.Expression, row, graph);
            if (value is null)
            {
                yield return row;
                continue;
            }

            long id = _context.Terms.Encode(value);
            if (row[slot] != 0)
            {
                // Only reachable under EXISTS substitution: the value must agree with the substituted one.
                if (row[slot] == id)
                {
                    yield return row;
                }

                continue;
            }

            long[] next = (long[])row.Clone();
            next[slot] = id;
            yield return next;
        }
    }

    private IEnumerable<long[]> GraphRows(Graph g, long[] seed, long graph)
    {
        if (g.Name.Term is { } name)
        {
            if (!_context.Terms.TryLookup(name, out long id) || !_context.Dataset.IsNamedGraph(id))
            {
                yield break;
            }

            foreach (long[] row in Evaluate(g.Input, seed, id))
            {
                yield return row;
            }

            yield break;
        }

        int slot = _context.Variables[g.Name.Variable!];
        IEnumerable<long> graphs = seed[slot] != 0
            ? (_context.Dataset.IsNamedGraph(seed[slot]) ? [seed[slot]] : [])
            : _context.Dataset.NamedGraphs().ToList();
        foreach (long gid in graphs)
        {
            _context.Cancellation.ThrowIfCancellationRequested();
            long[] graphSeed = seed;
            bool push = AcceptsBindings(g.Input);
            if (seed[slot] == 0 && push)
            {
                graphSeed = (long[])seed.Clone();
                graphSeed[slot] = gid;
            }

            foreach (long[] row in Evaluate(g.Input, graphSeed, gid))
            {
                if (row[slot] == 0)
                {
                    long[] bound = (long[])row.Clone();
                    bound[slot] = gid;
                    yield return bound;
                }
                else if (row[slot] == gid)
                {
                    yield return row;
                }
            }
        }
    }

    private IEnumerable<long[]> ProjectRows(Project project, long[] seed, long graph)
    {
        int[] keep = project.Variables.Select(v => _context.Variables[v]).ToArray();
        long[] innerSeed = _context.EmptyRow();
        foreach (int k in keep)
        {
            innerSeed[k] = seed[k];
        }

        foreach (long[] row in Evaluate(project.Input, innerSeed, graph))
        {
            long[] result = (long[])seed.Clone();
            foreach (int k in keep)
            {
                result[k] = row[k];
            }

            yield return result;
        }
    }

    /// <summary>The slots both sides bind in every solution: the hash key of joins and MINUS.</summary>
    private int[] KeySlots(Operator left, Operator right)
    {
        HashSet<string> l = CertainVariables(left);
        l.IntersectWith(CertainVariables(right));
        return l.Select(v => _context.Variables[v]).Order().ToArray();
    }

    /// <summary>Variables bound in every solution of the operator (a subset of the in-scope ones).</summary>
    internal static HashSet<string> CertainVariables(Operator op)
    {
        switch (op)
        {
            case Bgp b:
                return b.Triples.SelectMany(t => new[] { t.Subject, t.Predicate, t.Object }).Where(n => n.IsVariable).Select(n => n.Variable!).ToHashSet(StringComparer.Ordinal);
            case PathPattern p:
                return new[] { p.Subject, p.Object }.Where(n => n.IsVariable).Select(n => n.Variable!).ToHashSet(StringComparer.Ordinal);
            case Join j:
                HashSet<string> set = CertainVariables(j.Left);
                set.UnionWith(CertainVariables(j.Right));
                return set;
            case LeftJoin lj:
                return CertainVariables(lj.Left);
            case Minus m:
                return CertainVariables(m.Left);
            case Union u:
                HashSet<string> both = CertainVariables(u.Left);
                both.IntersectWith(CertainVariables(u.Right));
                return both;
            case Filter f:
                return CertainVariables(f.Input);
            case Extend e:
                return CertainVariables(e.Input);
            case Graph g:
                HashSet<string> inner = CertainVariables(g.Input);
                if (g.Name.Variable is { } gv)
                {
                    inner.Add(gv);
                }

                return inner;
            case Project p:
                HashSet<string> projected = CertainVariables(p.Input);
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
            case OrderBy o:
                return CertainVariables(o.Input);
            case Distinct d:
                return CertainVariables(d.Input);
            case Reduced r:
                return CertainVariables(r.Input);
            case Slice s:
                return CertainVariables(s.Input);
            case ToList l:
                return CertainVariables(l.Input);
            default:
                return new HashSet<string>(StringComparer.Ordinal);
        }
    }

    /// <summary>Evaluates at the top level: an empty seed, the default graph.</summary>
    public IEnumerable<long[]> Run(Operator root) => Evaluate(root, _context.EmptyRow(), TermIds.DefaultGraph);
}
