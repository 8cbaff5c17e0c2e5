using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;
using KnowledgeGraph.Sparql.Optimizer;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Evaluates parsed queries over a store snapshot (SPARQL 1.1 Query §18.6): optimise the algebra with the store's
/// statistics, run it as pull operators over term-id rows, and decode only the result rows.
/// </summary>
public sealed class SparqlEvaluator
{
    /// <summary>Creates an evaluator with the given options (default: <see cref="SparqlEvaluatorOptions.Default"/>).</summary>
    public SparqlEvaluator(SparqlEvaluatorOptions? options = null)
    {
        Options = options ?? SparqlEvaluatorOptions.Default;
    }

    /// <summary>The options.</summary>
    public SparqlEvaluatorOptions Options { get; }

    /// <summary>The algebra the evaluator would run for the query on this snapshot (for <c>--explain</c>).</summary>
    public QueryAlgebra Explain(SparqlQuery query, IQuadSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(snapshot);
        var terms = new TermTable(snapshot);
        DatasetView dataset = CreateDataset(query, snapshot, terms);
        return new QueryAlgebra(QueryOptimizer.Optimize(query.Algebra.Root, dataset, terms));
    }

    /// <summary>
    /// Evaluates a query. Rows and triples are produced lazily while the result is enumerated; the snapshot must
    /// stay open until then.
    /// </summary>
    public SparqlResults Evaluate(SparqlQuery query, IQuadSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(snapshot);
        switch (query.Form)
        {
            case QueryForm.Select:
                return SparqlResults.FromBindings(query.ResultVariables, SelectRows(query, snapshot, cancellationToken));
            case QueryForm.Ask:
                return SparqlResults.FromBoolean(Solutions(query, snapshot, cancellationToken, (_, _, rows) => rows.Select(_ => 0).Take(1)).Any());
            case QueryForm.Construct:
                return SparqlResults.FromTriples(Solutions(query, snapshot, cancellationToken, (ctx, _, rows) => Construction.Construct(ctx, query.Template!, rows)));
            default:
                return SparqlResults.FromTriples(Solutions(query, snapshot, cancellationToken, (ctx, _, rows) => Construction.Describe(ctx, query.DescribeTargets, rows)));
        }
    }

    private IEnumerable<IReadOnlyList<Term?>> SelectRows(SparqlQuery query, IQuadSnapshot snapshot, CancellationToken ct) =>
        Solutions(query, snapshot, ct, (ctx, _, rows) => Decode(ctx, query.ResultVariables, rows));

    private static IEnumerable<IReadOnlyList<Term?>> Decode(QueryContext ctx, IReadOnlyList<string> variables, IEnumerable<long[]> rows)
    {
        int[] slots = variables.Select(ctx.Variables.Slot).ToArray();
        foreach (long[] row in rows)
        {
            var cells = new Term?[slots.Length];
            for (int i = 0; i < slots.Length; i++)
            {
                long id = row[slots[i]];
                cells[i] = id == 0 ? null : ctx.Terms.Decode(id);
            }

            yield return cells;
        }
    }

    private IEnumerable<T> Solutions<T>(
        SparqlQuery query, IQuadSnapshot snapshot, CancellationToken cancellationToken, Func<QueryContext, Executor, IEnumerable<long[]>, IEnumerable<T>> consume)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.Timeout is { } timeout)
        {
            cts.CancelAfter(timeout);
        }

        var terms = new TermTable(snapshot);
        DatasetView dataset = CreateDataset(query, snapshot, terms);
        Operator root = QueryOptimizer.Optimize(query.Algebra.Root, dataset, terms);
        var variables = new VariableMap();
        variables.Collect(root);
        foreach (string v in query.ResultVariables)
        {
            variables.Slot(v);
        }

        if (query.Template is not null)
        {
            foreach (Syntax.SyntaxTriple t in query.Template)
            {
                foreach (PatternNode n in new[] { t.Subject, t.Predicate!.Value, t.Object })
                {
                    if (n.Variable is { } v)
                    {
                        variables.Slot(v);
                    }
                }
            }
        }

        foreach (PatternNode n in query.DescribeTargets)
        {
            if (n.Variable is { } v)
            {
                variables.Slot(v);
            }
        }

        var functions = new FunctionContext(query.BaseIri, Options.Now ?? DateTimeOffset.Now);
        var context = new QueryContext(terms, dataset, variables, functions, cts.Token);
        var executor = new Executor(context);
        foreach (T item in consume(context, executor, executor.Run(root)))
        {
            yield return item;
        }
    }

    private DatasetView CreateDataset(SparqlQuery query, IQuadSnapshot snapshot, TermTable terms) =>
        Options.DatasetOverride is { } dataset
            ? new(snapshot, terms, dataset.DefaultGraphs, dataset.NamedGraphs, false, Options.UnionDefaultGraph, Options.GraphLoader)
            : new(snapshot, terms, query.DefaultGraphs, query.NamedGraphs, query.NamedGraphsFromStore, Options.UnionDefaultGraph, Options.GraphLoader);
}
