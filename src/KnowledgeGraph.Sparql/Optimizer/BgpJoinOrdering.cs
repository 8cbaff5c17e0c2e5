using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Orders the triple patterns of each BGP greedily: start with the pattern the statistics say matches least, then
/// repeatedly take the cheapest pattern sharing a variable with those already placed (avoiding cross products).
/// Adjacent BGPs joined directly are merged first (blank nodes are already variables, so this is safe).
/// </summary>
internal static class BgpJoinOrdering
{
    public static Operator Apply(Operator op, StoreStatistics statistics) =>
        AlgebraRewriter.Rewrite(op, o => o switch
        {
            Join { Left: Bgp l, Right: Bgp r } => Order(new Bgp([.. l.Triples, .. r.Triples]), statistics),
            Bgp b => Order(b, statistics),
            _ => o,
        });

    private static Bgp Order(Bgp bgp, StoreStatistics statistics)
    {
        if (bgp.Triples.Count < 2)
        {
            return bgp;
        }

        var remaining = bgp.Triples.ToList();
        var ordered = new List<TriplePattern>(remaining.Count);
        var bound = new HashSet<string>(StringComparer.Ordinal);
        while (remaining.Count > 0)
        {
            int best = -1;
            double bestCost = double.MaxValue;
            bool bestConnected = false;
            for (int i = 0; i < remaining.Count; i++)
            {
                TriplePattern t = remaining[i];
                bool connected = bound.Count == 0 || Vars(t).Any(bound.Contains);
                double cost = statistics.Estimate(t, bound);
                if ((connected && !bestConnected) || (connected == bestConnected && cost < bestCost))
                {
                    best = i;
                    bestCost = cost;
                    bestConnected = connected;
                }
            }

            TriplePattern chosen = remaining[best];
            remaining.RemoveAt(best);
            ordered.Add(chosen);
            bound.UnionWith(Vars(chosen));
        }

        return new Bgp(ordered);
    }

    private static IEnumerable<string> Vars(TriplePattern t)
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
}
