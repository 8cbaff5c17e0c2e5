using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Evaluates a basic graph pattern by index nested loops: each triple pattern, in the order given (the optimizer
/// sorts them), is looked up in the store with the ids bound so far (§18.3 BGP matching; blank nodes are variables).
/// </summary>
internal sealed class BgpScan
{
    private readonly QueryContext _context;
    private readonly (long Id, int Slot)[][] _patterns;
    private bool _impossible;

    public BgpScan(QueryContext context, Bgp bgp)
    {
        _context = context;
        _patterns = new (long, int)[bgp.Triples.Count][];
        for (int i = 0; i < bgp.Triples.Count; i++)
        {
            TriplePattern t = bgp.Triples[i];
            _patterns[i] = [Resolve(t.Subject), Resolve(t.Predicate), Resolve(t.Object)];
        }

        (long, int) Resolve(PatternNode n)
        {
            if (n.Variable is { } v)
            {
                return (0, context.Variables[v]);
            }

            if (!context.Terms.TryLookup(n.Term!, out long id))
            {
                _impossible = true;
            }

            return (id, -1);
        }
    }

    public IEnumerable<long[]> Run(long[] seed, long graph) => _impossible ? [] : Match(0, seed, graph);

    private IEnumerable<long[]> Match(int index, long[] row, long graph)
    {
        if (index == _patterns.Length)
        {
            yield return row;
            yield break;
        }

        (long Id, int Slot)[] p = _patterns[index];
        long s = p[0].Slot >= 0 ? row[p[0].Slot] : p[0].Id;
        long pr = p[1].Slot >= 0 ? row[p[1].Slot] : p[1].Id;
        long o = p[2].Slot >= 0 ? row[p[2].Slot] : p[2].Id;
        CancellationToken ct = _context.Cancellation;
        foreach ((long S, long P, long O) q in _context.Dataset.Match(s, pr, o, graph))
        {
            ct.ThrowIfCancellationRequested();
            long[] next = row;
            if (!Bind(ref next, row, p[0].Slot, q.S) || !Bind(ref next, row, p[1].Slot, q.P) || !Bind(ref next, row, p[2].Slot, q.O))
            {
                continue;
            }

            foreach (long[] r in Match(index + 1, next, graph))
            {
                yield return r;
            }
        }
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
