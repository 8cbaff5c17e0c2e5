using System.CommandLine;
using Humanizer;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg update</c>: runs a SPARQL 1.1 Update request against a store (one transaction: all or nothing), or applies it
/// in memory to files and prints the resulting dataset.
/// </summary>
internal static class UpdateCommand
{
    public static Command Create()
    {
        var store = new Option<string?>("--store", "-s") { Description = "The store directory to update (created when missing)." };
        var data = new Option<string[]>("--data", "-d") { Description = "Without --store: a file for the default graph (quads from .nq/.trig go to their graphs). Repeatable." };
        var named = new Option<string[]>("--named", "-n") { Description = "Without --store: a file loaded as one named graph, named by its IRI. Repeatable." };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI of the request and of the files' paths (default: the current directory's file: IRI)." };
        var update = new Option<string?>("--update", "-u") { Description = "The update request text." };
        var updateFile = new Option<string?>("--update-file", "-U") { Description = "A file holding the update request." };
        var dump = new Option<string?>("--dump") { Description = "Without --store: print the resulting dataset in this format (nquads|trig; default nquads)." };
        var timeout = new Option<double?>("--timeout") { Description = "Stop the request after this many seconds (nothing is changed)." };
        var remote = new Option<bool>("--allow-remote-load") { Description = "Let LOAD fetch http(s): IRIs (otherwise only file: IRIs)." };
        Option<bool?> union = UnionDefaultGraphOption.Create("Default with files: off. Only WHERE clauses see the union; INSERT and DELETE templates and DATA write to the real default graph.");

        var command = new Command("update", "Run a SPARQL 1.1 Update request against a store, or in memory over RDF files (--dump).")
        {
            store, data, named, baseIri, update, updateFile, dump, timeout, remote, union,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(store),
            parse.GetValue(data) ?? [],
            parse.GetValue(named) ?? [],
            parse.GetValue(baseIri),
            UpdateText(parse.GetValue(update), parse.GetValue(updateFile)),
            parse.GetValue(dump),
            new SparqlUpdateOptions
            {
                Timeout = parse.GetValue(timeout) is > 0 and double seconds ? TimeSpan.FromSeconds(seconds) : null,
                AllowRemoteLoad = parse.GetValue(remote),
            },
            parse.GetValue(union),
            cancellationToken)));
        return command;
    }

    private static (string Text, string Source) UpdateText(string? text, string? file)
    {
        if (text is not null == file is not null)
        {
            throw new CliException("kg: give the request with exactly one of --update TEXT or --update-file FILE");
        }

        if (file is null)
        {
            return (text!, "<update>");
        }

        return File.Exists(file) ? (File.ReadAllText(file), file) : throw new CliException($"kg: cannot read '{file}': no such file");
    }

    private static int Run(
        string? storeDir, string[] data, string[] named, string? baseText, (string Text, string Source) request, string? dumpFormat,
        SparqlUpdateOptions options, bool? union, CancellationToken cancellationToken)
    {
        Iri? baseIri = baseText is null ? null : Arguments.ParseIri(baseText, "--base");
        SparqlUpdate parsed = SparqlQueries.ParseUpdate(request.Text, request.Source, baseIri ?? FileIris.FromPath(Directory.GetCurrentDirectory() + "/"));
        RdfFormat? dump = null;
        if (storeDir is not null)
        {
            if (data.Length + named.Length > 0 || dumpFormat is not null)
            {
                throw new CliException("kg: --data, --named and --dump are for updates over files; with --store the store is updated in place");
            }
        }
        else
        {
            dump = FormatOptions.ParseWritable(dumpFormat ?? "nquads", "--dump");
            if (!dump.SupportsDatasets)
            {
                throw new CliException($"kg: --dump needs a dataset format (nquads or trig), not {dump.Name}");
            }
        }

        // As kg query does: with --store the store's recorded default-graph setting unless the option overrides it for
        // this run; the transaction's view then matches the default graph as the union (SPARQL 1.1 Query §13.1).
        using IQuadStore store = storeDir is not null
            ? StoreLocation.Open(storeDir, mustExist: false, union)
            : new MemoryQuadStore(QuadStoreOptions.Default with { UnionDefaultGraph = union ?? false });
        options = options with { UnionDefaultGraph = store is RocksDbQuadStore stored ? stored.UnionDefaultGraph : union ?? false };
        if (storeDir is null)
        {
            DatasetFiles.Load(store, data, named, baseIri);
        }

        long before = QuadCount(store);
        try
        {
            new SparqlUpdateExecutor(options).Execute(parsed, store, cancellationToken);
        }
        catch (SparqlUpdateException e)
        {
            throw new CliException($"{request.Source}:{e.Line}:{e.Column}: {e.Reason}; nothing was changed", 1, e);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && options.Timeout is { } t)
        {
            throw new CliException($"kg: the update ran out of time: it was stopped after {t.Humanize()} (--timeout); nothing was changed", 2);
        }

        if (dump is null)
        {
            long after = QuadCount(store);
            long delta = after - before;
            Console.WriteLine(
                $"Applied {"operation".ToQuantity(parsed.OperationCount)}: the store holds {"quad".ToQuantity(after)} ({(delta >= 0 ? "+" : "")}{delta}).");
            return 0;
        }

        using IQuadSnapshot snapshot = store.OpenSnapshot();
        using Stream stdout = Console.OpenStandardOutput();
        using RdfWriter writer = dump.CreateWriter(stdout);
        foreach (EncodedQuad q in snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any))
        {
            writer.Write(snapshot.Decode(q));
        }

        writer.Finish();
        return 0;
    }

    private static long QuadCount(IQuadStore store)
    {
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        return snapshot.QuadCount;
    }
}
