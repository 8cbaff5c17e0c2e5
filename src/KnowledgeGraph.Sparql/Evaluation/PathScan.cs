using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Evaluates property paths (§18.4): link, inverse, sequence, alternative, negated property sets, and the
/// arbitrary-length paths * and + by breadth-first search with a visited set (cycle-safe; each node once per start,
/// as ALP in §18.4 defines), ? with distinct results.
/// </summary>
internal sealed class PathScan : PhysicalOperator
{
    private readonly QueryContext _context;
    private readonly PathPattern _pattern;
    private readonly bool _subjectBound;
    private readonly bool _objectBound;

    // bound: the variables the planner knows the seed binds (for the printed strategy only).
    public PathScan(QueryContext context, PathPattern pattern, IReadOnlySet<string> bound)
    {
        _context = context;
        _pattern = pattern;
        _subjectBound = pattern.Subject.Variable is not { } sv || bound.Contains(sv);
        _objectBound = pattern.Object.Variable is not { } ov || bound.Contains(ov);
    }

    public override IReadOnlyList<PlanInput> Inputs => [];

    public override void Describe(PlanText text)
    {
        text.SetTitle($"PathScan {text.Node(_pattern.Subject)} {text.Path(_pattern.Path)} {text.Node(_pattern.Object)}");
        text.AddDetail(Strategy(_pattern.Path, _subjectBound, _objectBound, text));
    }

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        long s = NodeId(_pattern.Subject, seed, out int sSlot);
        long o = NodeId(_pattern.Object, seed, out int oSlot);
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

        foreach ((long x, long y) in Eval(_pattern.Path, s, sameVar ? 0 : o, graph, constants))
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

    /// <summary>
    /// How <see cref="Eval"/> walks a path when the given ends are bound, in words: the same decisions
    /// (<see cref="FromObject"/>, <see cref="ClosureStart"/>) drive evaluation and this description.
    /// </summary>
    internal static string Strategy(PropertyPath path, bool s, bool o, PlanText text)
    {
        switch (path)
        {
            case LinkPath link:
                return $"lookup {text.Term(link.Predicate)}" + (s && o ? " S P O" : s ? " by S P" : o ? " by P O" : " by P");
            case InversePath inv:
                return "inverse of (" + Strategy(inv.Inner, o, s, text) + ")";
            case SequencePath seq:
                return FromObject(s, o)
                    ? $"sequence right to left: ({Strategy(seq.Right, false, o, text)}) then per middle node ({Strategy(seq.Left, false, true, text)})"
                    : $"sequence left to right: ({Strategy(seq.Left, s, false, text)}) then per middle node ({Strategy(seq.Right, true, o, text)})";
            case AlternativePath alt:
                return $"alternatives concatenated: ({Strategy(alt.Left, s, o, text)}) | ({Strategy(alt.Right, s, o, text)})";
            case NegatedPropertySet:
                return "scan with any predicate, skipping the excluded ones" + (s ? " by S" : o ? " by O" : "");
            case ZeroOrOnePath zo:
                return $"zero-length matches, then ({Strategy(zo.Inner, s, o, text)}), distinct pairs";
            case ZeroOrMorePath or OneOrMorePath:
                PropertyPath inner = path is ZeroOrMorePath z ? z.Inner : ((OneOrMorePath)path).Inner;
                string step = Strategy(inner, true, false, text);
                return ClosureStart(s, o) switch
                {
                    Start.Subject => $"breadth-first search from the subject, visited set (cycle-safe); step: ({step})",
                    Start.Object => $"breadth-first search backwards from the object, visited set (cycle-safe); step: ({Strategy(inner, false, true, text)})",
                    _ => (path is ZeroOrMorePath ? "from every node of the graph" : "from every subject of the step")
                        + $": breadth-first search, visited set per start (cycle-safe); step: ({step})",
                };
            default:
                return path.GetType().Name;
        }
    }

    /// <summary>A sequence is walked from its object end when only that end is bound.</summary>
    private static bool FromObject(bool subjectBound, bool objectBound) => !subjectBound && objectBound;

    /// <summary>Where a closure (*, +) starts its search.</summary>
    private static Start ClosureStart(bool subjectBound, bool objectBound) =>
        subjectBound ? Start.Subject : objectBound ? Start.Object : Start.Everywhere;

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
        if (FromObject(s != 0, o != 0))
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
        switch (ClosureStart(s != 0, o != 0))
        {
            case Start.Subject:
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
            case Start.Object:
                foreach (long start in Reach(inner, o, graph, includeZero, forward: false, constants))
                {
                    yield return (start, o);
                }

                yield break;
            default:
                IEnumerable<long> starts = includeZero ? AllNodes(graph) : Eval(inner, 0, 0, graph, constants).Select(p => p.Item1).Distinct().ToList();
                foreach (long start in starts)
                {
                    foreach (long end in Reach(inner, start, graph, includeZero, forward: true, constants))
                    {
                        yield return (start, end);
                    }
                }

                yield break;
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

    private enum Start
    {
        Subject,
        Object,
        Everywhere,
    }
}
