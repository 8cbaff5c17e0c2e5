using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Orders the triple patterns of each BGP greedily: start with the pattern the statistics say matches least, then
/// repeatedly take the cheapest pattern sharing a variable with those already placed (avoiding cross products).
/// Under a filter, a pattern that binds the last variable a condition needs counts as cheaper (the planner tests
/// the condition right after it). Adjacent BGPs joined directly are merged first (blank nodes are already
/// variables, so this is safe). Matching a BGP does not depend on the order of its patterns (§18.3).
/// </summary>
internal static class BgpJoinOrdering
{
    /// <summary>The share of rows a filter condition is assumed to keep when ordering patterns.</summary>
    internal const double FilterSelectivity = 0.25;

    public static Operator Apply(Operator op, StoreStatistics statistics) =>
        AlgebraRewriter.Rewrite(op, o => o switch
        {
            Join { Left: Bgp l, Right: Bgp r } => Order(new Bgp([.. l.Triples, .. r.Triples]), statistics, []),
            Filter { Input: Bgp b } f => f with { Input = Order(b, statistics, f.Conditions) },
            Bgp b => Order(b, statistics, []),
            _ => o,
        });

    private static Bgp Order(Bgp bgp, StoreStatistics statistics, IReadOnlyList<Expression> conditions)
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
            HashSet<string> mentioned = CertainVariables.Mentioned(c);
            if (mentioned.Count > 0 && !CertainVariables.HasExists(c) && mentioned.IsSubsetOf(bgpVariables))
            {
                filters.Add([.. mentioned]);
            }
        }

        var placed = new bool[n];
        var ordered = new List<TriplePattern>(n);
        var bound = new HashSet<string>(StringComparer.Ordinal);
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
