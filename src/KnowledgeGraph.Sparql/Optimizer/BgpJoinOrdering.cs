using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Orders the triple patterns of each BGP greedily: start with the pattern the statistics say matches least, then
/// repeatedly take the cheapest pattern sharing a variable with those already placed (avoiding cross products).
/// Under a filter, a pattern that binds the last variable a condition needs counts as cheaper (the planner tests
/// the condition right after it). The inner side of an index nested-loop join (and an EXISTS pattern) runs with the
/// outer row's variables bound, so it is ordered with them bound from the start. Adjacent BGPs joined directly are
/// merged first (blank nodes are already variables, so this is safe). Matching a BGP does not depend on the order
/// of its patterns (§18.3).
/// </summary>
internal static class BgpJoinOrdering
{
    /// <summary>The share of rows a filter condition is assumed to keep when ordering patterns.</summary>
    internal const double FilterSelectivity = 0.25;

    private static readonly HashSet<string> s_none = [];

    public static Operator Apply(Operator op, StoreStatistics statistics) =>
        AlgebraRewriter.Rewrite(op, o => o switch
        {
            Join { Left: Bgp l, Right: Bgp r } => Order(new Bgp([.. l.Triples, .. r.Triples]), statistics, [], s_none),
            Join { Right: var r } j when QueryPlanner.AcceptsBindings(r) => j with { Right = Reorder(r, CertainVariables.Of(j.Left), statistics) },
            LeftJoin { Right: var r } lj when QueryPlanner.AcceptsBindings(r) => lj with { Right = Reorder(r, CertainVariables.Of(lj.Left), statistics) },
            Filter { Input: Bgp b } f => OrderExists(f with { Input = Order(b, statistics, f.Conditions, s_none) }, statistics),
            Filter f => OrderExists(f, statistics),
            Bgp b => Order(b, statistics, [], s_none),
            _ => o,
        });

    /// <summary>Orders a BGP (or a filtered one) again, knowing the outer row binds <paramref name="bound"/>.</summary>
    private static Operator Reorder(Operator op, HashSet<string> bound, StoreStatistics statistics) => op switch
    {
        Bgp b => Order(b, statistics, [], bound),
        Filter { Input: Bgp b } f => f with { Input = Order(b, statistics, f.Conditions, bound) },
        _ => op,
    };

    /// <summary>Optimises the EXISTS patterns of a filter: they run with the row's variables bound.</summary>
    private static Filter OrderExists(Filter filter, StoreStatistics statistics)
    {
        if (!filter.Conditions.Any(CertainVariables.HasExists))
        {
            return filter;
        }

        HashSet<string> bound = CertainVariables.Of(filter.Input);
        return filter with { Conditions = filter.Conditions.Select(Rewrite).ToList() };

        Expression Rewrite(Expression e) => e switch
        {
            ExistsExpression { Pattern: { } pattern } x => x with { Pattern = Reorder(Apply(pattern, statistics), bound, statistics) },
            CallExpression c => c with { Arguments = c.Arguments.Select(Rewrite).ToList() },
            FunctionExpression f => f with { Arguments = f.Arguments.Select(Rewrite).ToList() },
            _ => e,
        };
    }

    private static Bgp Order(Bgp bgp, StoreStatistics statistics, IReadOnlyList<Expression> conditions, HashSet<string> outer)
    {
        int n = bgp.Triples.Count;
        if (n < 2)
        {
            return bgp;
        }

        string[][] vars = bgp.Triples.Select(Vars).ToArray();
        var bgpVariables = new HashSet<string>(vars.SelectMany(v => v), StringComparer.Ordinal);
        List<string[]> filters = [];
        foreach (Expression c in conditions)
        {
            if (CertainVariables.ReadsOnly(c, bgpVariables) && CertainVariables.Mentioned(c) is { Count: > 0 } mentioned)
            {
                filters.Add([.. mentioned]);
            }
        }

        var placed = new bool[n];
        var ordered = new List<TriplePattern>(n);
        var bound = new HashSet<string>(outer, StringComparer.Ordinal);
        for (int step = 0; step < n; step++)
        {
            int best = -1;
            double bestCost = double.MaxValue;
            bool bestConnected = false;
            for (int i = 0; i < n; i++)
            {
                if (placed[i])
                {
                    continue;
                }

                bool connected = bound.Count == 0 || vars[i].Any(bound.Contains);
                double cost = statistics.Estimate(bgp.Triples[i], bound);
                foreach (string[] filter in filters)
                {
                    if (Completes(filter, bound, vars[i]))
                    {
                        cost *= FilterSelectivity;
                    }
                }

                if ((connected && !bestConnected) || (connected == bestConnected && cost < bestCost))
                {
                    best = i;
                    bestCost = cost;
                    bestConnected = connected;
                }
            }

            placed[best] = true;
            ordered.Add(bgp.Triples[best]);
            bound.UnionWith(vars[best]);
        }

        return new Bgp(ordered);
    }

    /// <summary>True when a condition's variables are not all bound yet but will be once the pattern is placed.</summary>
    private static bool Completes(string[] filter, HashSet<string> bound, string[] pattern)
    {
        bool missing = false;
        foreach (string v in filter)
        {
            if (bound.Contains(v))
            {
                continue;
            }

            if (Array.IndexOf(pattern, v) < 0)
            {
                return false;
            }

            missing = true;
        }

        return missing;
    }

    private static string[] Vars(TriplePattern t)
    {
        var vars = new List<string>(3);
        foreach (PatternNode node in new[] { t.Subject, t.Predicate, t.Object })
        {
            if (node.Variable is { } v)
            {
                vars.Add(v);
            }
        }

        return [.. vars];
    }
}
