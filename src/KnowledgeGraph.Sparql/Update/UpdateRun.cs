using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// The operations of one request applied to one transaction (SPARQL 1.1 Update §3). The transaction reads its own
/// writes, so each operation sees the effects of the ones before it.
/// </summary>
internal sealed class UpdateRun
{
    private readonly IQuadTransaction _tx;
    private readonly SparqlUpdateOptions _options;
    private readonly string _text;
    private readonly CancellationToken _cancellation;

    public UpdateRun(IQuadTransaction transaction, SparqlUpdateOptions options, string text, CancellationToken cancellation)
    {
        _tx = transaction;
        _options = options;
        _text = text;
        _cancellation = cancellation;
    }

    public void Execute(UpdateOperation operation)
    {
        switch (operation)
        {
            case DataOperation data:
                ApplyData(data);
                break;
            case ModifyOperation modify:
                ApplyModify(modify);
                break;
            case LoadOperation load:
                Load(load);
                break;
            case ClearOperation clear:
                Clear(clear);
                break;
            case CreateOperation create:
                if (!_tx.CreateGraph(create.Graph) && !create.Silent)
                {
                    throw Failure(create, $"CREATE GRAPH {create.Graph}: the graph already exists");
                }

                break;
            case TransferOperation transfer:
                Transfer(transfer);
                break;
            default:
                throw new InvalidOperationException("Unknown update operation " + operation.GetType().Name);
        }
    }

    private SparqlUpdateException Failure(UpdateOperation operation, string reason, Exception? inner = null)
    {
        (int line, int column) = SparqlSyntaxException.Locate(_text, operation.Offset);
        return new SparqlUpdateException(reason, line, column, inner);
    }

    /// <summary>INSERT DATA (§3.1.1): blank nodes become fresh ones, one per label. DELETE DATA (§3.1.2).</summary>
    private void ApplyData(DataOperation data)
    {
        var fresh = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
        foreach (QuadTemplate q in data.Quads)
        {
            _cancellation.ThrowIfCancellationRequested();
            Term s = Ground(q.Subject, fresh);
            Term o = Ground(q.Object, fresh);
            Term? g = q.Graph is { } graph ? Ground(graph, fresh) : null;
            if (s.Kind is not (TermKind.Iri or TermKind.BlankNode) || Ground(q.Predicate, fresh) is not Iri p)
            {
                // The grammar allows a literal subject; RDF does not. Such a triple cannot be in the store to delete.
                if (data.Delete)
                {
                    continue;
                }

                throw Failure(data, $"INSERT DATA: {s} {q.Predicate} {o} is not an RDF triple (the subject must be an IRI or a blank node)");
            }

            var quad = new Quad(s, p, o, g);
            if (data.Delete)
            {
                _tx.Remove(quad);
            }
            else
            {
                _tx.Add(quad);
            }
        }
    }

    private static Term Ground(PatternNode node, Dictionary<string, BlankNode> fresh)
    {
        if (node.Term is BlankNode b)
        {
            if (!fresh.TryGetValue(b.Label, out BlankNode? f))
            {
                f = BlankNode.Create();
                fresh[b.Label] = f;
            }

            return f;
        }

        return node.Term!;
    }

    /// <summary>
    /// DELETE/INSERT (§3.1.3): the WHERE clause is evaluated once, on the state before the operation; then every
    /// instantiated delete quad is removed and every instantiated insert quad added. Template quads with unbound
    /// variables or that would not be RDF (a literal subject, a non-IRI graph name) are left out.
    /// </summary>
    private void ApplyModify(ModifyOperation modify)
    {
        if (_options.DatasetOverride is not null && (modify.With is not null || modify.Using.Count > 0 || modify.UsingNamed.Count > 0))
        {
            throw Failure(modify, "the request gives its dataset with using-graph-uri / using-named-graph-uri, so the update may not have USING, USING NAMED or WITH (SPARQL 1.1 Protocol §2.2.3)");
        }

        var evaluator = new SparqlEvaluator(SparqlEvaluatorOptions.Default with
        {
            UnionDefaultGraph = _options.UnionDefaultGraph,
            Now = _options.Now ?? DateTimeOffset.Now,
            DatasetOverride = _options.DatasetOverride,
        });
        SparqlResults results = evaluator.Evaluate(modify.Where, _tx, _cancellation);
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < results.Variables.Count; i++)
        {
            slots[results.Variables[i]] = i;
        }

        var deletes = new List<Quad>();
        var inserts = new List<Quad>();
        foreach (IReadOnlyList<Term?> row in results.Rows)
        {
            _cancellation.ThrowIfCancellationRequested();
            Instantiate(modify.DeleteTemplate, modify.With, row, slots, deletes);
            Instantiate(modify.InsertTemplate, modify.With, row, slots, inserts);
        }

        foreach (Quad q in deletes)
        {
            _tx.Remove(q);
        }

        foreach (Quad q in inserts)
        {
            _cancellation.ThrowIfCancellationRequested();
            _tx.Add(q);
        }
    }

    private static void Instantiate(
        IReadOnlyList<QuadTemplate> template, Iri? with, IReadOnlyList<Term?> row, Dictionary<string, int> slots, List<Quad> output)
    {
        if (template.Count == 0)
        {
            return;
        }

        // Blank nodes of an INSERT template are fresh for every solution (§3.1.3).
        Dictionary<string, BlankNode>? fresh = null;
        foreach (QuadTemplate q in template)
        {
            Term? s = Value(q.Subject, row, slots, ref fresh);
            Term? p = Value(q.Predicate, row, slots, ref fresh);
            Term? o = Value(q.Object, row, slots, ref fresh);
            Term? g = q.Graph is { } graph ? Value(graph, row, slots, ref fresh) : with;
            if (s is null || s.Kind is not (TermKind.Iri or TermKind.BlankNode) || p is not Iri predicate || o is null || (q.Graph is not null && g is not Iri))
            {
                continue;
            }

            output.Add(new Quad(s, predicate, o, g));
        }
    }

    private static Term? Value(PatternNode node, IReadOnlyList<Term?> row, Dictionary<string, int> slots, ref Dictionary<string, BlankNode>? fresh)
    {
        if (node.Variable is { } v)
        {
            return slots.TryGetValue(v, out int slot) ? row[slot] : null;
        }

        if (node.Term is BlankNode b)
        {
            fresh ??= new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            if (!fresh.TryGetValue(b.Label, out BlankNode? f))
            {
                f = BlankNode.Create();
                fresh[b.Label] = f;
            }

            return f;
        }

        return node.Term;
    }

    /// <summary>LOAD (§3.1.4): the document is read completely before anything is added, so a failed LOAD adds nothing.</summary>
    private void Load(LoadOperation load)
    {
        List<Quad> quads;
        try
        {
            quads = DocumentLoader.Load(load.Source, _options, _cancellation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or RdfLoadException or Rdf.Formats.RdfSyntaxException or HttpRequestException)
        {
            if (load.Silent)
            {
                return;
            }

            throw Failure(load, $"LOAD {load.Source}: {e.Message}", e);
        }

        if (load.Into is not null)
        {
            _tx.CreateGraph(load.Into);
        }

        foreach (Quad q in quads)
        {
            _cancellation.ThrowIfCancellationRequested();
            _tx.Add(load.Into is null ? q : new Quad(q.Triple, load.Into));
        }
    }

    /// <summary>CLEAR (§3.1.5) empties graphs and keeps named ones as empty graphs; DROP (§3.2.2) removes them.</summary>
    private void Clear(ClearOperation clear)
    {
        switch (clear.Target.Kind)
        {
            case GraphTargetKind.Default:
                ClearDefault();
                break;
            case GraphTargetKind.Named:
                Iri graph = clear.Target.Iri!;
                if (!GraphExists(graph))
                {
                    if (!clear.Silent)
                    {
                        throw Failure(clear, $"{(clear.Drop ? "DROP" : "CLEAR")} GRAPH {graph}: the graph does not exist");
                    }

                    return;
                }

                ClearNamed(graph, clear.Drop);
                break;
            default:
                foreach (Term g in _tx.NamedGraphs().ToList().Select(_tx.GetTerm))
                {
                    ClearNamed(g, clear.Drop);
                }

                if (clear.Target.Kind == GraphTargetKind.All)
                {
                    ClearDefault();
                }

                break;
        }
    }

    private void ClearNamed(Term graph, bool drop)
    {
        _cancellation.ThrowIfCancellationRequested();
        _tx.DropGraph(graph);
        if (!drop)
        {
            _tx.CreateGraph(graph);
        }
    }

    private void ClearDefault()
    {
        foreach (Triple t in Triples(GraphTarget.Default))
        {
            _tx.Remove(new Quad(t));
        }
    }

    private bool GraphExists(Iri graph) =>
        _tx.TryGetId(graph, out long id)
        && (_tx.Match(TermIds.Any, TermIds.Any, TermIds.Any, id).Any() || _tx.NamedGraphs().Contains(id));

    /// <summary>The triples of a graph, read completely (callers change the store while going through them).</summary>
    private List<Triple> Triples(GraphTarget target)
    {
        long graph = TermIds.DefaultGraph;
        if (target.Kind == GraphTargetKind.Named && !_tx.TryGetId(target.Iri!, out graph))
        {
            return [];
        }

        var triples = new List<Triple>();
        foreach (EncodedQuad q in _tx.Match(TermIds.Any, TermIds.Any, TermIds.Any, graph))
        {
            _cancellation.ThrowIfCancellationRequested();
            triples.Add(new Triple(_tx.GetTerm(q.Subject), (Iri)_tx.GetTerm(q.Predicate), _tx.GetTerm(q.Object)));
        }

        return triples;
    }

    /// <summary>
    /// ADD (§3.2.5), COPY (§3.2.3) and MOVE (§3.2.4). The same graph as source and target is no operation; a missing
    /// source graph is a failure unless SILENT; the target is created when it does not exist.
    /// </summary>
    private void Transfer(TransferOperation transfer)
    {
        if (transfer.Source == transfer.Target)
        {
            return;
        }

        if (transfer.Source.Kind == GraphTargetKind.Named && !GraphExists(transfer.Source.Iri!))
        {
            if (!transfer.Silent)
            {
                throw Failure(transfer, $"{transfer.Kind.ToString().ToUpperInvariant()} {transfer.Source}: the source graph does not exist");
            }

            return;
        }

        List<Triple> triples = Triples(transfer.Source);
        Term? target = transfer.Target.Iri;
        if (transfer.Kind != TransferKind.Add)
        {
            if (target is null)
            {
                ClearDefault();
            }
            else
            {
                _tx.DropGraph(target);
            }
        }

        if (target is not null)
        {
            _tx.CreateGraph(target);
        }

        foreach (Triple t in triples)
        {
            _cancellation.ThrowIfCancellationRequested();
            _tx.Add(new Quad(t, target));
        }

        if (transfer.Kind == TransferKind.Move)
        {
            if (transfer.Source.Iri is { } source)
            {
                _tx.DropGraph(source);
            }
            else
            {
                ClearDefault();
            }
        }
    }
}
