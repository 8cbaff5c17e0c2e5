using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Evaluates property paths (§18.4): link, inverse, sequence, alternative, negated property sets, and the
/// arbitrary-length paths * and + by breadth-first search with a visited set (cycle-safe; each node once per start,
/// as ALP in §18.4 defines), ? with distinct results.
/// </summary>
internal sealed class PathScan
{
    private readonly QueryContext _context;

    public PathScan(QueryContext context)
    {
        _context = context;
    }

    public IEnumerable<long[]> Run(PathPattern pattern, long[] seed, long graph)
    {
        long s = NodeId(pattern.Subject, seed, out int sSlot);
        long o = NodeId(pattern.Object, seed, out int oSlot);
        if (s == long.MinValue || o == long.MinValue)
        {
            yield break;
        }

        bool sameVar = sSlot >= 0 && sSlot == oSlot;
        var constants = new HashSet<long>();
        if (sSlot < 0)
        {
            constants.Add(s);
        }

        if (oSlot < 0)
        {
            constants.Add(o);
        }

        foreach ((long x, long y) in Eval(pattern.Path, s, sameVar ? 0 : o, graph, constants))
        {
            if (sameVar && x != y)
            {
                continue;
            }

            long[] row = seed;
            if ((sSlot >= 0 && seed[sSlot] == 0) || (oSlot >= 0 && seed[oSlot] == 0))
            {
                row = (long[])seed.Clone();
                if (sSlot >= 0)
                {
                    row[sSlot] = x;
                }

                if (oSlot >= 0)
                {
                    row[oSlot] = y;
                }
            }

            yield return row;
        }
    }

    private long NodeId(PatternNode n, long[] seed, out int slot)
    {
        if (n.Variable is { } v)
        {
            slot = _context.Variables[v];
            return seed[slot];
        }

        slot = -1;
        // A constant the store does not know still matches itself through a zero-length path.
        return _context.Terms.Encode(n.Term!);
    }

    /// <summary>Pairs (start, end) connected by the path; 0 for an unbound end.</summary>
    private IEnumerable<(long, long)> Eval(PropertyPath path, long s, long o, long graph, HashSet<long> constants)
    {
        _context.Cancellation.ThrowIfCancellationRequested();
        switch (path)
        {
            case LinkPath link:
                if (!_context.Terms.TryLookup(link.Predicate, out long p))
                {
                    return [];
                }

                return _context.Dataset.Match(s, p, o, graph).Select(t => (t.S, t.O));
            case InversePath inv:
                return Eval(inv.Inner, o, s, graph, constants).Select(t => (t.Item2, t.Item1));
            case SequencePath seq:
                return Sequence(seq, s, o, graph, constants);
            case AlternativePath alt:
                return Eval(alt.Left, s, o, graph, constants).Concat(Eval(alt.Right, s, o, graph, constants));
            case NegatedPropertySet nps:
                return Negated(nps, s, o, graph);
            case ZeroOrOnePath zo:
                return ZeroOrOne(zo.Inner, s, o, graph, constants);
            case ZeroOrMorePath zm:
                return Closure(zm.Inner, s, o, graph, includeZero: true, constants);
            case OneOrMorePath om:
                return Closure(om.Inner, s, o, graph, includeZero: false, constants);
            default:
                throw new InvalidOperationException("Unknown path " + path.GetType().Name);
        }
    }

    private IEnumerable<(long, long)> Sequence(SequencePath seq, long s, long o, long graph, HashSet<long> constants)
    {
        if (s == 0 && o != 0)
        {
            foreach ((long m, long end) in Eval(seq.Right, 0, o, graph, constants))
            {
                foreach ((long start, _) in Eval(seq.Left, 0, m, graph, constants))
                {
                    yield return (start, end);
                }
            }

            yield break;
        }

        foreach ((long start, long m) in Eval(seq.Left, s, 0, graph, constants))
        {
            foreach ((_, long end) in Eval(seq.Right, m, o, graph, constants))
            {
                yield return (start, end);
            }
        }
    }

    private IEnumerable<(long, long)> Negated(NegatedPropertySet nps, long s, long o, long graph)
    {
        var forward = new HashSet<long>(nps.Forward.Select(Lookup));
        var inverse = new HashSet<long>(nps.Inverse.Select(Lookup));
        if (nps.Forward.Count > 0 || nps.Inverse.Count == 0)
        {
            foreach ((long S, long P, long O) t in _context.Dataset.Match(s, 0, o, graph))
            {
                if (!forward.Contains(t.P))
                {
                    yield return (t.S, t.O);
                }
            }
        }

        if (nps.Inverse.Count > 0)
        {
            foreach ((long S, long P, long O) t in _context.Dataset.Match(o, 0, s, graph))
            {
                if (!inverse.Contains(t.P))
                {
                    yield return (t.O, t.S);
                }
            }
        }

        long Lookup(Iri iri) => _context.Terms.TryLookup(iri, out long id) ? id : long.MinValue;
    }

    private IEnumerable<(long, long)> ZeroOrOne(PropertyPath inner, long s, long o, long graph, HashSet<long> constants)
    {
        var seen = new HashSet<(long, long)>();
        foreach (long n in ZeroLengthNodes(s, o, graph, constants))
        {
            if (seen.Add((n, n)))
            {
                yield return (n, n);
            }
        }

        foreach ((long, long) pair in Eval(inner, s, o, graph, constants))
        {
            if (seen.Add(pair))
            {
                yield return pair;
            }
        }
    }

    /// <summary>The nodes a zero-length path connects to themselves, honouring bound ends.</summary>
    private IEnumerable<long> ZeroLengthNodes(long s, long o, long graph, HashSet<long> constants)
    {
        // A zero-length path connects the terms of the graph to themselves, not terms only the query mentions.
        if (s != 0)
        {
            return (o == 0 || o == s) && InGraph(s, graph, constants) ? [s] : [];
        }

        if (o != 0)
        {
            return InGraph(o, graph, constants) ? [o] : [];
        }

        return AllNodes(graph);
    }

    private bool InGraph(long node, long graph, HashSet<long> constants) =>
        constants.Contains(node) ||
        _context.Dataset.Match(node, 0, 0, graph).Any() || _context.Dataset.Match(0, 0, node, graph).Any();

    private IEnumerable<long> AllNodes(long graph)
    {
        var nodes = new HashSet<long>();
        foreach ((long S, long P, long O) t in _context.Dataset.Match(0, 0, 0, graph))
        {
            _context.Cancellation.ThrowIfCancellationRequested();
            nodes.Add(t.S);
            nodes.Add(t.O);
        }

        return nodes;
    }

    private IEnumerable<(long, long)> Closure(PropertyPath inner, long s, long o, long graph, bool includeZero, HashSet<long> constants)
    {
        if (s != 0)
        {
            foreach (long end in Reach(inner, s, graph, includeZero, forward: true, constants))
            {
                if (o == 0 || o == end)
                {
                    yield return (s, end);
                    if (o != 0)
                    {
                        yield break;
                    }
                }
            }

            yield break;
        }

        if (o != 0)
        {
            foreach (long start in Reach(inner, o, graph, includeZero, forward: false, constants))
            {
                yield return (start, o);
            }

            yield break;
        }

        IEnumerable<long> starts = includeZero ? AllNodes(graph) : Eval(inner, 0, 0, graph, constants).Select(p => p.Item1).Distinct().ToList();
        foreach (long start in starts)
        {
            foreach (long end in Reach(inner, start, graph, includeZero, forward: true, constants))
            {
                yield return (start, end);
            }
        }
    }

    /// <summary>Breadth-first search over the inner path; every node is visited once, so cycles terminate.</summary>
    private IEnumerable<long> Reach(PropertyPath inner, long start, long graph, bool includeZero, bool forward, HashSet<long> constants)
    {
        var visited = new HashSet<long>();
        var queue = new Queue<long>();
        if (includeZero && InGraph(start, graph, constants))
        {
            visited.Add(start);
            yield return start;
        }

        queue.Enqueue(start);
        var expanded = new HashSet<long>();
        while (queue.Count > 0)
        {
            long node = queue.Dequeue();
            if (!expanded.Add(node))
            {
                continue;
            }

            _context.Cancellation.ThrowIfCancellationRequested();
            IEnumerable<long> next = forward
                ? Eval(inner, node, 0, graph, constants).Select(p => p.Item2)
                : Eval(inner, 0, node, graph, constants).Select(p => p.Item1);
            foreach (long n in next.ToList())
            {
                if (visited.Add(n))
                {
                    yield return n;
                }

                queue.Enqueue(n);
            }
        }
    }
}
