using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Linking.Import;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg wikidata import</c>: loads Wikidata facts into the store's Wikidata graph for offline linking.</summary>
internal static class WikidataCommand
{
    public static Command Create()
    {
        var store = new Option<string>("--store", "-s") { Description = "The store directory (created when missing).", Required = true };
        var files = new Argument<string[]>("FILE")
        {
            Description = "Wikidata JSON dumps (.json, .json.gz, .json.bz2), SPARQL JSON results (.srj, .json), verified tables (.tsv, .csv) "
                + "or RDF (.nq, .nt, .ttl, .trig). Without files: the verified base that ships with kg.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var lenient = new Option<bool>("--lenient") { Description = "Skip malformed dump lines, report each on stderr as path:line:column, and go on." };
        var import = new Command("import", "Import Wikidata items into the store's Wikidata graph (https://w3id.org/knowledge-graph/graph/wikidata).")
        {
            store, files, lenient,
        };
        import.SetAction(parse => Import(parse.GetValue(store)!, parse.GetValue(files) ?? [], parse.GetValue(lenient)));
        return new Command("wikidata", "Manage the Wikidata knowledge base used for linking.") { import };
    }

    private static int Import(string storeDir, string[] files, bool lenient)
    {
        foreach (string f in files)
        {
            if (!File.Exists(f))
                throw new CliException($"kg: {f}: no such file");
        }
        int skipped = 0;
        var options = WikidataImportOptions.Default with
        {
            OnError = lenient ? e => { skipped++; Console.Error.WriteLine(e.Message); } : null,
            Progress = n => Console.Error.Write($"\r{n:N0} items"),
        };
        var importer = new WikidataImporter(options);
        using RocksDbQuadStore store = RocksDbQuadStore.Open(storeDir, QuadStoreOptions.Default);
        try
        {
            ImportSummary summary = files.Length == 0 ? importer.ImportDefaultBase(store) : importer.Import(store, files);
            Console.Error.WriteLine();
            Console.WriteLine(files.Length == 0
                ? $"imported the verified base: {summary.Items:N0} items, {summary.QuadsAdded:N0} new quads"
                : $"imported {summary.Items:N0} items from {summary.Files} file(s), {summary.QuadsAdded:N0} new quads{(skipped > 0 ? $", {skipped} bad line(s) skipped" : "")}");
        }
        catch (WikidataFormatException e)
        {
            throw new CliException("kg: " + e.Message, 1, e);
        }
        return 0;
    }
}
