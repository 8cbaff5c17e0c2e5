using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export</c>: streams a store, or one graph of it, out in an RDF format.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var store = new Option<string>("--store", "-s") { Description = "The store directory.", Required = true };
        var graph = new Option<string?>("--graph", "-g") { Description = "Export only this named graph ('default' for the default graph)." };
        var to = new Option<string?>("--to", "-t") { Description = $"Output format: {FormatOptions.WritableNames} (default: nquads for the store, ntriples for one graph, or from --output's extension)." };
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output); written only when the export completes." };
        var command = new Command("export", "Export a store or one of its graphs.") { store, graph, to, output };
        command.SetAction(parse => Run(parse.GetValue(store)!, parse.GetValue(graph), parse.GetValue(to), parse.GetValue(output)));
        return command;
    }

    private static int Run(string storeDir, string? graphText, string? to, string? output)
    {
        bool oneGraph = graphText is not null;
        Iri? graph = graphText is null or "default" ? null : Arguments.ParseIri(graphText, "--graph");
        RdfFormat format = to is not null ? FormatOptions.ParseWritable(to, "--to")
            : output is not null && RdfFormats.TryFindByExtension(output, out RdfFormat? byExtension) ? FormatOptions.RequireWritable(byExtension, "the --output extension")
            : oneGraph ? RdfFormats.NTriples : RdfFormats.NQuads;
        if (!oneGraph && !format.SupportsDatasets)
        {
            throw new CliException($"kg: a whole store needs a dataset format (nquads or trig); {format.DisplayName} holds one graph: add --graph");
        }

        using RocksDbQuadStore store = StoreLocation.Open(storeDir, mustExist: true);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        long graphId = TermIds.Any;
        if (oneGraph)
        {
            graphId = graph is null ? TermIds.DefaultGraph
                : snapshot.TryGetId(graph, out long id) ? id
                : throw new CliException($"kg: the store has no graph {graph}");
        }

        IEnumerable<Quad> quads = SnapshotQuads.Read(snapshot, graphId, dropGraph: oneGraph);
        if (output is null or "-")
        {
            using Stream stdout = Console.OpenStandardOutput();
            using RdfWriter writer = format.CreateWriter(stdout, WriterOptions(format));
            writer.WriteAll(quads);
        }
        else
        {
            using var file = new AtomicFile(output);
            using (RdfWriter writer = format.CreateWriter(file.Stream, WriterOptions(format)))
            {
                writer.WriteAll(quads);
            }

            file.Commit();
        }

        return 0;
    }

    // Pretty Turtle/TriG would hold the whole store in memory; the streaming layout keeps export flat.
    private static RdfWriterOptions WriterOptions(RdfFormat format) =>
        RdfWriterOptions.Default with { Streaming = format == RdfFormats.Turtle || format == RdfFormats.TriG, Prefixes = PrefixMap.WellKnown };
}
