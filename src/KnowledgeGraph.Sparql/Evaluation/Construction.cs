using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>CONSTRUCT (§16.2) and DESCRIBE (§16.4) from solution rows.</summary>
internal static class Construction
{
    /// <summary>
    /// Instantiates the template per solution: template blank nodes are fresh per solution; triples with unbound
    /// variables or that would be illegal RDF are left out (§16.2.1). The result is a set of triples.
    /// </summary>
    public static IEnumerable<Triple> Construct(QueryContext context, IReadOnlyList<SyntaxTriple> template, IEnumerable<long[]> rows)
    {
        var seen = new HashSet<Triple>();
        long solution = 0;
        foreach (long[] row in rows)
        {
            solution++;
            var bnodes = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            foreach (SyntaxTriple t in template)
            {
                Term? s = Instantiate(context, t.Subject, row, bnodes, solution);
                Term? p = Instantiate(context, t.Predicate!.Value, row, bnodes, solution);
                Term? o = Instantiate(context, t.Object, row, bnodes, solution);
                if (s is null || p is not Iri predicate || o is null || s.Kind is not (TermKind.Iri or TermKind.BlankNode))
                {
                    continue;
                }

                var triple = new Triple(s, predicate, o);
                if (seen.Add(triple))
                {
                    yield return triple;
                }
            }
        }
    }

    private static Term? Instantiate(QueryContext context, PatternNode node, long[] row, Dictionary<string, BlankNode> bnodes, long solution)
    {
        if (node.Variable is { } v)
        {
            long id = row[context.Variables[v]];
            return id == 0 ? null : context.Terms.Decode(id);
        }

        if (node.Term is BlankNode b)
        {
            if (!bnodes.TryGetValue(b.Label, out BlankNode? fresh))
            {
                fresh = BlankNode.Create();
                bnodes[b.Label] = fresh;
            }

            return fresh;
        }

        return node.Term;
    }

    /// <summary>
    /// DESCRIBE: for each resource named or bound, its triples in the default graph as subject, following blank node
    /// objects (a concise bounded description).
    /// </summary>
    public static IEnumerable<Triple> Describe(QueryContext context, IReadOnlyList<PatternNode> targets, IEnumerable<long[]> rows)
    {
        var resources = new HashSet<long>();
        foreach (PatternNode n in targets)
        {
            if (n.Term is { } t && context.Terms.TryLookup(t, out long id))
            {
                resources.Add(id);
            }
        }

        int[] slots = targets.Where(n => n.IsVariable).Select(n => context.Variables[n.Variable!]).ToArray();
        bool all = targets.Count == 0;
        foreach (long[] row in rows)
        {
            if (all)
            {
                foreach (long id in row.Where(id => id != 0))
                {
                    resources.Add(id);
                }
            }

            foreach (int s in slots)
            {
                if (row[s] != 0)
                {
                    resources.Add(row[s]);
                }
            }
        }

        var seen = new HashSet<(long, long, long)>();
        var queue = new Queue<long>(resources);
        var described = new HashSet<long>();
        while (queue.Count > 0)
        {
            long r = queue.Dequeue();
            if (!described.Add(r))
            {
                continue;
            }

            foreach ((long S, long P, long O) q in context.Dataset.Match(r, 0, 0, TermIds.DefaultGraph))
            {
                if (!seen.Add(q))
                {
                    continue;
                }

                Term o = context.Terms.Decode(q.O);
                if (o is BlankNode)
                {
                    queue.Enqueue(q.O);
                }

                yield return new Triple(context.Terms.Decode(q.S), (Iri)context.Terms.Decode(q.P), o);
            }
        }
    }
}
