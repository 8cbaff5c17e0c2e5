using System.Diagnostics;
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
/// statistics, plan it into physical operators, run them as pull operators over term-id rows, and decode only the
/// result rows.
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

    /// <summary>
    /// How the evaluator would run the query on this snapshot, without running it: the algebra before and after
    /// optimisation and the physical plan (for <c>kg query --explain</c>).
    /// </summary>
    public QueryExplanation Explain(SparqlQuery query, IQuadSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(snapshot);
        Prepared prepared = Prepare(query, snapshot, CancellationToken.None);
        return new QueryExplanation(query.Algebra, new QueryAlgebra(prepared.Optimized), new PhysicalPlan(prepared.Plan, query.Prefixes, null));
    }

    /// <summary>
    /// Runs the query to the end, discarding its results, with every physical operator counting its calls, rows and
    /// time; returns the explanation with those figures (for <c>kg query --explain analyze</c>). Honours the timeout.
    /// </summary>
    public QueryExplanation Analyze(SparqlQuery query, IQuadSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(snapshot);
        Prepared? prepared = null;
        long start = Stopwatch.GetTimestamp();
        SparqlResults results = Evaluate(query, snapshot, cancellationToken, p =>
        {
            p.Plan.EnableProfiling();
            prepared = p;
        });
        long count = results.Kind switch
        {
            SparqlResultsKind.Bindings => results.Rows.LongCount(),
            SparqlResultsKind.Graph => results.Triples.LongCount(),
            _ => 1,
        };
        var run = new PlanRun(Stopwatch.GetElapsedTime(start), count, results.Kind);
        return new QueryExplanation(query.Algebra, new QueryAlgebra(prepared!.Optimized), new PhysicalPlan(prepared.Plan, query.Prefixes, run));
    }

    /// <summary>
    /// Evaluates a query. Rows and triples are produced lazily while the result is enumerated; the snapshot must
    /// stay open until then.
    /// </summary>
    public SparqlResults Evaluate(SparqlQuery query, IQuadSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(snapshot);
        return Evaluate(query, snapshot, cancellationToken, null);
    }

    private SparqlResults Evaluate(SparqlQuery query, IQuadSnapshot snapshot, CancellationToken cancellationToken, Action<Prepared>? planned)
    {
        switch (query.Form)
        {
            case QueryForm.Select:
                return SparqlResults.FromBindings(query.ResultVariables, Solutions(query, snapshot, cancellationToken, planned, (ctx, rows) => Decode(ctx, query.ResultVariables, rows)));
            case QueryForm.Ask:
                return SparqlResults.FromBoolean(Solutions(query, snapshot, cancellationToken, planned, (_, rows) => rows.Select(_ => 0).Take(1)).Any());
            case QueryForm.Construct:
                return SparqlResults.FromTriples(Solutions(query, snapshot, cancellationToken, planned, (ctx, rows) => Construction.Construct(ctx, query.Template!, rows)));
            default:
                return SparqlResults.FromTriples(Solutions(query, snapshot, cancellationToken, planned, (ctx, rows) => Construction.Describe(ctx, query.DescribeTargets, rows)));
        }
    }

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
        SparqlQuery query, IQuadSnapshot snapshot, CancellationToken cancellationToken, Action<Prepared>? planned, Func<QueryContext, IEnumerable<long[]>, IEnumerable<T>> consume)
    {
        // The timeout starts when the results are first pulled, not when Evaluate returns.
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.Timeout is { } timeout)
        {
            cts.CancelAfter(timeout);
        }

        Prepared prepared = Prepare(query, snapshot, cts.Token);
        planned?.Invoke(prepared);
        QueryContext context = prepared.Context;
        foreach (T item in consume(context, prepared.Plan.Run(context.EmptyRow(), TermIds.DefaultGraph)))
        {
            yield return item;
        }
    }

    /// <summary>The stages before execution: dataset, optimisation, row layout, physical plan.</summary>
    private Prepared Prepare(SparqlQuery query, IQuadSnapshot snapshot, CancellationToken cancellation)
    {
        var terms = new TermTable(snapshot);
        DatasetView dataset = CreateDataset(query, snapshot, terms);
        var statistics = new StoreStatistics(dataset, terms);
        Operator root = QueryOptimizer.Optimize(query.Algebra.Root, statistics);
        var variables = new VariableMap();
        variables.Collect(root);
        foreach (string v in query.ResultVariables)
        {
            variables.Slot(v);
        }

        if (query.Template is not null)
        {
            foreach (SyntaxTriple t in query.Template)
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
        var context = new QueryContext(terms, dataset, variables, functions, cancellation);
        PhysicalOperator plan = new QueryPlanner(context, statistics).Plan(root);
        return new Prepared(context, root, plan);
    }

    private DatasetView CreateDataset(SparqlQuery query, IQuadSnapshot snapshot, TermTable terms) =>
        Options.DatasetOverride is { } dataset
            ? new(snapshot, terms, dataset.DefaultGraphs, dataset.NamedGraphs, false, Options.UnionDefaultGraph, Options.GraphLoader)
            : new(snapshot, terms, query.DefaultGraphs, query.NamedGraphs, query.NamedGraphsFromStore, Options.UnionDefaultGraph, Options.GraphLoader);

    private sealed record Prepared(QueryContext Context, Operator Optimized, PhysicalOperator Plan);
}
