using System.CommandLine;
using System.Diagnostics;
using Humanizer;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Storage;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg load</c>: streams RDF files into a store in committed batches.</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var store = new Option<string>("--store", "-s") { Description = "The store directory (created when missing).", Required = true };
        var files = new Argument<string[]>("FILE") { Description = "Files to load (.nt .nq .ttl .trig; '-' with --from for standard input).", Arity = ArgumentArity.OneOrMore };
        var graph = new Option<string?>("--graph", "-g") { Description = "Load the triples into this named graph instead of the default graph." };
        var from = new Option<string?>("--from", "-f") { Description = $"Input format for every file: {FormatOptions.Names}" };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI for relative IRIs (default: each file's file: IRI)." };
        var lenient = new Option<bool>("--lenient") { Description = "Skip bad statements, report them as path:line:column, and go on." };
        var batch = new Option<int>("--batch-size") { Description = "Quads per committed batch (larger batches load faster; a killed load loses at most one).", DefaultValueFactory = _ => 1_000_000 };

        var command = new Command("load", "Bulk-load RDF files into a store. Each batch is committed on its own: an interrupted load keeps the batches committed before it.")
        {
            store, files, graph, from, baseIri, lenient, batch,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(store)!,
            parse.GetValue(files)!,
            parse.GetValue(graph) is { } g ? Arguments.ParseIri(g, "--graph") : null,
            parse.GetValue(from),
            parse.GetValue(baseIri) is { } b ? Arguments.ParseIri(b, "--base") : null,
            parse.GetValue(lenient),
            parse.GetValue(batch),
            cancellationToken)));
        return command;
    }

    private static int Run(string storeDir, string[] paths, Iri? graph, string? from, Iri? baseIri, bool lenient, int batchSize, CancellationToken cancellationToken)
    {
        List<RdfInput> inputs = [.. paths.Select(p => RdfInput.Resolve(p, from, baseIri))];
        var reporter = new ErrorReporter(Console.Error);
        IEnumerable<Quad> quads = inputs.SelectMany(input => Read(input, lenient, reporter));
        if (graph is not null)
        {
            quads = quads.Select(q => q.IsInDefaultGraph ? new Quad(q.Triple, graph) : q);
        }

        using RocksDbQuadStore store = StoreLocation.Open(storeDir, mustExist: false);
        var clock = Stopwatch.StartNew();
        long loaded;
        if (Console.IsErrorRedirected)
        {
            // Not a terminal: one plain line per committed batch instead of a progress bar.
            var loader = new QuadStoreLoader(store)
            {
                BatchSize = batchSize,
                Progress = n => Console.Error.WriteLine($"kg: committed {n:N0} quads ({n / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s)"),
            };
            loaded = loader.Load(quads, cancellationToken);
        }
        else
        {
            loaded = 0;
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress()
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    ProgressTask task = ctx.AddTask("Loading").IsIndeterminate();
                    var loader = new QuadStoreLoader(store)
                    {
                        BatchSize = batchSize,
                        Progress = n => task.Description = $"Loading: {n:N0} quads, {n / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s",
                    };
                    loaded = loader.Load(quads, cancellationToken);
                    task.StopTask();
                });
        }

        reporter.Summarize();
        TimeSpan elapsed = clock.Elapsed;
        Console.Error.WriteLine(
            $"Loaded {"quad".ToQuantity(loaded, "N0")} in {elapsed.Humanize(precision: 2)} " +
            $"({loaded / Math.Max(elapsed.TotalSeconds, 0.001):N0} quads/s) into {storeDir}");
        return 0;
    }

    private static IEnumerable<Quad> Read(RdfInput input, bool lenient, ErrorReporter reporter)
    {
        using Stream s = input.Open();
        foreach (Quad q in input.CreateParser(lenient, reporter.Report).Parse(s))
        {
            yield return q;
        }
    }
}
