using System.CommandLine;
using Humanizer;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg query</c>: runs a SPARQL 1.1 query over files or a store.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data", "-d") { Description = "A file for the default graph (quads from .nq/.trig go to their graphs). Repeatable." };
        var named = new Option<string[]>("--named", "-n") { Description = "A file loaded as one named graph, named by its IRI. Repeatable." };
        var store = new Option<string?>("--store", "-s") { Description = "A store directory (made by 'kg load' or 'kg ingest') to query instead of files." };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI of the query and of the files' paths (default: the current directory's file: IRI)." };
        var query = new Option<string?>("--query", "-q") { Description = "The query text." };
        var queryFile = new Option<string?>("--query-file", "-Q") { Description = "A file holding the query." };
        var results = new Option<string>("--results", "-r") { Description = $"Format of SELECT/ASK results: {ResultsOutput.Formats}.", DefaultValueFactory = _ => "table" };
        var to = new Option<string>("--to", "-t") { Description = $"Format of CONSTRUCT/DESCRIBE results: {FormatOptions.WritableNames}.", DefaultValueFactory = _ => "ntriples" };
        var explain = new Option<string?>("--explain")
        {
            Description = "Print the algebra before and after optimization and the physical plan instead of the results; "
                + "'--explain analyze' also runs the query and adds each operator's actual rows and time.",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "analyze",
            CustomParser = result => result.Tokens.Count == 0 ? "plan" : result.Tokens[0].Value,
        };
        explain.AcceptOnlyFromAmong("plan", "analyze");
        var timeout = new Option<double?>("--timeout") { Description = "Stop the query after this many seconds." };
        Option<bool?> union = UnionDefaultGraphOption.Create("Default with files: off.");

        var command = new Command("query", "Run a SPARQL 1.1 query over RDF files or a store.")
        {
            data, named, store, baseIri, query, queryFile, results, to, explain, timeout, union,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(data) ?? [],
            parse.GetValue(named) ?? [],
            parse.GetValue(store),
            parse.GetValue(baseIri),
            QueryText(parse.GetValue(query), parse.GetValue(queryFile)),
            parse.GetValue(results)!,
            FormatOptions.ParseWritable(parse.GetValue(to)!, "--to"),
            parse.GetValue(explain),
            parse.GetValue(timeout),
            parse.GetValue(union),
            cancellationToken)));
        return command;
    }

    private static (string Text, string Source) QueryText(string? text, string? file)
    {
        if (text is not null == file is not null)
        {
            throw new CliException("kg: give the query with exactly one of --query TEXT or --query-file FILE");
        }

        if (file is null)
        {
            return (text!, "<query>");
        }

        return File.Exists(file) ? (File.ReadAllText(file), file) : throw new CliException($"kg: cannot read '{file}': no such file");
    }

    private static int Run(
        string[] data, string[] named, string? storeDir, string? baseText, (string Text, string Source) query, string resultsFormat,
        RdfFormat graphFormat, string? explain, double? timeoutSeconds, bool? union, CancellationToken cancellationToken)
    {
        Iri? baseIri = baseText is null ? null : Arguments.ParseIri(baseText, "--base");
        SparqlQuery parsed = SparqlQueries.Parse(query.Text, query.Source, baseIri ?? FileIris.FromPath(Directory.GetCurrentDirectory() + "/"));
        using IQuadStore store = storeDir is not null
            ? StoreLocation.Open(storeDir, mustExist: true, union)
            : new MemoryQuadStore(QuadStoreOptions.Default with { UnionDefaultGraph = union ?? false });
        bool unionDefaultGraph = store is RocksDbQuadStore stored ? stored.UnionDefaultGraph : union ?? false;
        if (storeDir is null)
        {
            DatasetFiles.Load(store, data, named, baseIri);
        }
        else if (data.Length + named.Length > 0)
        {
            throw new CliException("kg: use either --store or --data/--named, not both");
        }

        TimeSpan? timeout = timeoutSeconds is > 0 ? TimeSpan.FromSeconds(timeoutSeconds.Value) : null;
        var evaluator = new SparqlEvaluator(SparqlEvaluatorOptions.Default with
        {
            Timeout = timeout,
            UnionDefaultGraph = unionDefaultGraph,
            GraphLoader = DatasetFiles.LoadGraphFromFile,
        });

        using IQuadSnapshot snapshot = store.OpenSnapshot();
        try
        {
            if (explain is not null)
            {
                QueryExplanation explanation = explain == "analyze"
                    ? evaluator.Analyze(parsed, snapshot, cancellationToken)
                    : evaluator.Explain(parsed, snapshot);
                Console.Write(explanation.ToText());
                return 0;
            }

            SparqlResults results = evaluator.Evaluate(parsed, snapshot, cancellationToken);
            ResultsOutput.Write(results, resultsFormat, graphFormat, parsed.Prefixes);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout is not null)
        {
            throw new CliException($"kg: the query ran out of time: it was stopped after {timeout.Value.Humanize()} (--timeout)", 2);
        }

        return 0;
    }
}
