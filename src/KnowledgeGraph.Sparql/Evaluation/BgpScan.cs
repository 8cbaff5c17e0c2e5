using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Optimizer;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Evaluates a basic graph pattern by index nested loops: each triple pattern, in the order given (the optimizer
/// sorts them), is looked up in the store with the ids bound so far (§18.3 BGP matching; blank nodes are variables).
/// Filter conditions over the BGP are tested as soon as the patterns before them have bound their variables: a
/// later pattern never changes a binding, so the result equals filtering at the end (§18.5 Filter), only sooner.
/// </summary>
internal sealed class BgpScan : PhysicalOperator
{
    private readonly QueryContext _context;
    private readonly ExpressionEvaluator _expressions;
    private readonly Bgp _bgp;
    private readonly (long Id, int Slot)[][] _patterns;

    // _filters[0] is tested on the seed, _filters[i + 1] after pattern i has matched.
    private readonly Expression[][] _filters;
    private readonly IReadOnlySet<string> _bound;
    private readonly StoreStatistics _statistics;
    private (double[] Estimates, bool[][] Bound)? _planView;
    private bool _impossible;

    // bound: the variables the planner knows the seed binds (for the printed access paths and estimates only).
    public BgpScan(QueryContext context, ExpressionEvaluator expressions, Bgp bgp, IReadOnlyList<Expression> conditions, IReadOnlySet<string> bound, StoreStatistics statistics)
    {
        _context = context;
        _expressions = expressions;
        _bgp = bgp;
        int n = bgp.Triples.Count;
        _patterns = new (long, int)[n][];
        for (int i = 0; i < n; i++)
        {
            TriplePattern t = bgp.Triples[i];
            _patterns[i] = [Resolve(t.Subject), Resolve(t.Predicate), Resolve(t.Object)];
        }

        _filters = conditions.Count == 0 ? NoFilters(n) : PlaceFilters(bgp, conditions);
        _bound = bound;
        _statistics = statistics;

        (long, int) Resolve(PatternNode node)
        {
            if (node.Variable is { } v)
            {
                return (0, context.Variables[v]);
            }

            if (!context.Terms.TryLookup(node.Term!, out long id))
            {
                _impossible = true;
            }

            return (id, -1);
        }
    }

    /// <summary>The product of the patterns' matches per lookup, times the assumed selectivity of each filter.</summary>
    public override double EstimatedRows =>
        _impossible ? 0 : PlanView().Estimates.Aggregate(1.0, (a, b) => a * b) * Math.Pow(BgpJoinOrdering.FilterSelectivity, _filters.Sum(f => f.Length));

    public override IReadOnlyList<PlanInput> Inputs => [];

    public override void Describe(PlanText text)
    {
        text.SetTitle(_bgp.Triples.Count == 1 ? "BgpScan, 1 pattern" : $"BgpScan, {_bgp.Triples.Count} patterns by index nested loops, in this order");
        if (_impossible)
        {
            text.AddDetail("a constant is not in the store: matches nothing, no lookups");
        }

        foreach (Expression c in _filters[0])
        {
            text.AddDetail("filter first " + text.Expr(c));
        }

        (double[] estimates, bool[][] boundAtPlan) = PlanView();
        for (int i = 0; i < _patterns.Length; i++)
        {
            bool[] b = boundAtPlan[i];
            string access = b.All(x => x) ? "check S P O" : !b.Any(x => x) ? "full scan" : "lookup " + string.Join(' ', new[] { "S", "P", "O" }.Where((_, k) => b[k]));
            text.AddDetail($"{i + 1}. {text.Triple(_bgp.Triples[i])}   [{access}; est. {PlanText.Count(estimates[i])}{(i == 0 ? "" : " per row")}]");
            foreach (Expression c in _filters[i + 1])
            {
                text.AddDetail("   filter " + text.Expr(c));
            }
        }
    }

    private static Expression[][] NoFilters(int patterns)
    {
        var none = new Expression[patterns + 1][];
        Array.Fill(none, []);
        return none;
    }

    /// <summary>Where each condition is tested: after the last pattern that first binds one of its variables.</summary>
    private static Expression[][] PlaceFilters(Bgp bgp, IReadOnlyList<Expression> conditions)
    {
        int n = bgp.Triples.Count;
        var firstBinder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            foreach (PatternNode node in new[] { bgp.Triples[i].Subject, bgp.Triples[i].Predicate, bgp.Triples[i].Object })
            {
                if (node.Variable is { } v)
                {
                    firstBinder.TryAdd(v, i + 1);
                }
            }
        }

        var filters = new List<Expression>[n + 1];
        for (int i = 0; i <= n; i++)
        {
            filters[i] = [];
        }

        foreach (Expression c in conditions)
        {
            int step = CertainVariables.HasExists(c)
                ? n
                : CertainVariables.Mentioned(c).Select(v => firstBinder.GetValueOrDefault(v)).DefaultIfEmpty(0).Max();
            filters[step].Add(c);
        }

        return filters.Select(f => f.ToArray()).ToArray();
    }

    /// <summary>
    /// Which positions are bound at each step, as far as the planner knows (the seed's certain variables and the
    /// patterns before), and the statistics' matches per lookup; computed only for the printed plan.
    /// </summary>
    private (double[] Estimates, bool[][] Bound) PlanView()
    {
        if (_planView is { } view)
        {
            return view;
        }

        int n = _bgp.Triples.Count;
        var known = new HashSet<string>(_bound, StringComparer.Ordinal);
        var estimates = new double[n];
        var bound = new bool[n][];
        for (int i = 0; i < n; i++)
        {
            TriplePattern t = _bgp.Triples[i];
            bound[i] = [IsBound(t.Subject), IsBound(t.Predicate), IsBound(t.Object)];
            estimates[i] = _statistics.Estimate(t, known);
            known.UnionWith(new[] { t.Subject, t.Predicate, t.Object }.Where(x => x.IsVariable).Select(x => x.Variable!));
        }

        _planView = (estimates, bound);
        return (estimates, bound);

        bool IsBound(PatternNode node) => node.Variable is not { } v || known.Contains(v);
    }

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        if (_impossible)
        {
            return [];
        }

        foreach (Expression c in _filters[0])
        {
            if (!_expressions.Test(c, seed, graph))
            {
                return [];
            }
        }

        return Match(0, seed, graph);
    }

    private IEnumerable<long[]> Match(int index, long[] row, long graph)
    {
        if (index == _patterns.Length)
        {
            yield return row;
            yield break;
        }

        (long Id, int Slot)[] p = _patterns[index];
        Expression[] filters = _filters[index + 1];
        long s = p[0].Slot >= 0 ? row[p[0].Slot] : p[0].Id;
        long pr = p[1].Slot >= 0 ? row[p[1].Slot] : p[1].Id;
        long o = p[2].Slot >= 0 ? row[p[2].Slot] : p[2].Id;
        CancellationToken ct = _context.Cancellation;
        foreach ((long S, long P, long O) q in _context.Dataset.Match(s, pr, o, graph))
        {
            ct.ThrowIfCancellationRequested();
            long[] next = row;
            if (!Bind(ref next, row, p[0].Slot, q.S) || !Bind(ref next, row, p[1].Slot, q.P) || !Bind(ref next, row, p[2].Slot, q.O)
                || !Passes(filters, next, graph))
            {
                continue;
            }

            foreach (long[] r in Match(index + 1, next, graph))
            {
                yield return r;
            }
        }
    }

    private bool Passes(Expression[] filters, long[] row, long graph)
    {
        foreach (Expression c in filters)
        {
            if (!_expressions.Test(c, row, graph))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Binds a slot, copying the row on first write; false when a repeated variable disagrees.</summary>
    private static bool Bind(ref long[] next, long[] original, int slot, long value)
    {
        if (slot < 0)
        {
            return true;
        }

        if (next[slot] != 0)
        {
            return next[slot] == value;
        }

        if (ReferenceEquals(next, original))
        {
            next = (long[])original.Clone();
        }

        next[slot] = value;
        return true;
    }
}
