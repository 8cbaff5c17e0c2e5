namespace KnowledgeGraph.Rdf.Comparison;

/// <summary>
/// Dataset and graph isomorphism (RDF 1.1 Concepts §3.6, §4): equal up to a one-to-one renaming of blank nodes.
/// </summary>
/// <remarks>
/// Ground quads are compared as sets. Blank nodes are first coloured by iterated neighbourhood hashing
/// (colour refinement), which separates almost all nodes in real data; only nodes that remain in a shared colour
/// class are matched by backtracking, checking every quad as soon as all its blank nodes are mapped.
/// </remarks>
public static class Isomorphism
{
    /// <summary>True when the two graphs are isomorphic.</summary>
    public static bool AreIsomorphic(IEnumerable<Triple> left, IEnumerable<Triple> right) =>
        AreIsomorphic(left.Select(t => new Quad(t)), right.Select(t => new Quad(t)));

    /// <summary>True when the two datasets are isomorphic (graph names may be blank nodes too).</summary>
    public static bool AreIsomorphic(IEnumerable<Quad> left, IEnumerable<Quad> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var a = new HashSet<Quad>(left);
        var b = new HashSet<Quad>(right);
        if (a.Count != b.Count)
        {
            return false;
        }

        var aBlank = new List<Quad>();
        foreach (Quad q in a)
        {
            if (HasBlank(q))
            {
                aBlank.Add(q);
            }
            else if (!b.Contains(q))
            {
                return false;
            }
        }

        var bBlank = b.Where(HasBlank).ToList();
        if (aBlank.Count != bBlank.Count)
        {
            return false;
        }

        if (aBlank.Count == 0)
        {
            return true;
        }

        (Dictionary<BlankNode, long> aColors, Dictionary<BlankNode, long> bColors) = Refine(aBlank, bBlank);
        if (aColors.Count != bColors.Count)
        {
            return false;
        }

        var bByColor = bColors.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.Select(kv => kv.Key).ToList());
        var aByColor = aColors.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.Count());
        foreach ((long color, int count) in aByColor)
        {
            if (!bByColor.TryGetValue(color, out List<BlankNode>? peers) || peers.Count != count)
            {
                return false;
            }
        }

        // Map nodes in order of their class size, so forced (singleton) choices come first.
        var order = aColors.Keys.OrderBy(n => aByColor[aColors[n]]).ThenBy(n => n.Label, StringComparer.Ordinal).ToList();
        var quadsOf = new Dictionary<BlankNode, List<Quad>>();
        foreach (Quad q in aBlank)
        {
            foreach (BlankNode n in BlankNodes(q).Distinct())
            {
                if (!quadsOf.TryGetValue(n, out List<Quad>? list))
                {
                    quadsOf[n] = list = [];
                }

                list.Add(q);
            }
        }

        var mapping = new Dictionary<BlankNode, BlankNode>();
        var used = new HashSet<BlankNode>();
        return Match(0);

        bool Match(int index)
        {
            if (index == order.Count)
            {
                return true;
            }

            BlankNode node = order[index];
            foreach (BlankNode candidate in bByColor[aColors[node]])
            {
                if (used.Contains(candidate))
                {
                    continue;
                }

                mapping[node] = candidate;
                used.Add(candidate);
                if (Consistent(node) && Match(index + 1))
                {
                    return true;
                }

                mapping.Remove(node);
                used.Remove(candidate);
            }

            return false;
        }

        bool Consistent(BlankNode node)
        {
            foreach (Quad q in quadsOf[node])
            {
                if (TryMap(q, mapping, out Quad mapped) && !b.Contains(mapped))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static bool HasBlank(Quad q) => BlankNodes(q).Any();

    private static IEnumerable<BlankNode> BlankNodes(Quad q)
    {
        foreach (BlankNode n in BlankNodes(q.Subject))
        {
            yield return n;
        }

        foreach (BlankNode n in BlankNodes(q.Object))
        {
            yield return n;
        }

        if (q.Graph is BlankNode g)
        {
            yield return g;
        }
    }

    private static IEnumerable<BlankNode> BlankNodes(Term t)
    {
        if (t is BlankNode b)
        {
            yield return b;
        }
        else if (t is TripleTerm tt)
        {
            foreach (BlankNode n in BlankNodes(tt.Triple.Subject).Concat(BlankNodes(tt.Triple.Object)))
            {
                yield return n;
            }
        }
    }

    /// <summary>
    /// Colour refinement: a node's colour is a hash of its quads, with other blank nodes by their colour.
    /// Both sides run the same number of rounds, so equal structures get equal colours.
    /// </summary>
    private static (Dictionary<BlankNode, long> Left, Dictionary<BlankNode, long> Right) Refine(List<Quad> left, List<Quad> right)
    {
        Dictionary<BlankNode, long> l = InitialColors(left);
        Dictionary<BlankNode, long> r = InitialColors(right);
        int lDistinct = 1;
        int rDistinct = 1;
        for (int round = 0; round <= Math.Max(l.Count, r.Count); round++)
        {
            l = RefineOnce(left, l);
            r = RefineOnce(right, r);
            int lNext = l.Values.Distinct().Count();
            int rNext = r.Values.Distinct().Count();
            if (round > 0 && lNext == lDistinct && rNext == rDistinct)
            {
                break;
            }

            lDistinct = lNext;
            rDistinct = rNext;
        }

        return (l, r);
    }

    private static Dictionary<BlankNode, long> InitialColors(List<Quad> quads)
    {
        var colors = new Dictionary<BlankNode, long>();
        foreach (Quad q in quads)
        {
            foreach (BlankNode n in BlankNodes(q))
            {
                colors[n] = 17;
            }
        }

        return colors;
    }

    private static Dictionary<BlankNode, long> RefineOnce(List<Quad> quads, Dictionary<BlankNode, long> colors)
    {
        var sums = colors.Keys.ToDictionary(n => n, _ => 0L);
        foreach (Quad q in quads)
        {
            foreach (BlankNode n in BlankNodes(q).Distinct())
            {
                // Order-independent combination (sum) of the hashes of a node's quads, seen from that node.
                sums[n] += QuadHash(q, n, colors);
            }
        }

        return sums.ToDictionary(kv => kv.Key, kv => Mix(colors[kv.Key] * 31 + kv.Value));
    }

    private static long QuadHash(Quad q, BlankNode self, Dictionary<BlankNode, long> colors)
    {
        long h = TermHash(q.Subject, self, colors, 1);
        h = Mix(h * 31 + q.Predicate.GetHashCode());
        h = Mix(h * 31 + TermHash(q.Object, self, colors, 2));
        return Mix(h * 31 + (q.Graph is null ? 0 : TermHash(q.Graph, self, colors, 3)));
    }

    private static long TermHash(Term t, BlankNode self, Dictionary<BlankNode, long> colors, int position) => t switch
    {
        BlankNode b when b.Equals(self) => 1_000_003L * position,
        BlankNode b => Mix(colors[b] + position),
        TripleTerm tt => Mix((TermHash(tt.Triple.Subject, self, colors, 5) * 31 + tt.Triple.Predicate.GetHashCode()) * 31
                             + TermHash(tt.Triple.Object, self, colors, 6)),
        _ => t.GetHashCode(),
    };

    private static long Mix(long x)
    {
        ulong z = (ulong)x + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (long)(z ^ (z >> 31));
    }

    private static bool TryMap(Quad q, Dictionary<BlankNode, BlankNode> mapping, out Quad mapped)
    {
        mapped = default;
        if (!TryMapTerm(q.Subject, mapping, out Term? s) || !TryMapTerm(q.Object, mapping, out Term? o))
        {
            return false;
        }

        Term? g = null;
        if (q.Graph is not null && !TryMapTerm(q.Graph, mapping, out g))
        {
            return false;
        }

        mapped = new Quad(s!, q.Predicate, o!, g);
        return true;
    }

    private static bool TryMapTerm(Term t, Dictionary<BlankNode, BlankNode> mapping, out Term? result)
    {
        switch (t)
        {
            case BlankNode b:
                bool found = mapping.TryGetValue(b, out BlankNode? m);
                result = m;
                return found;
            case TripleTerm tt:
                if (TryMapTerm(tt.Triple.Subject, mapping, out Term? s) && TryMapTerm(tt.Triple.Object, mapping, out Term? o))
                {
                    result = new TripleTerm(new Triple(s!, tt.Triple.Predicate, o!));
                    return true;
                }

                result = null;
                return false;
            default:
                result = t;
                return true;
        }
    }
}
