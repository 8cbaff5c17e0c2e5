using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>
/// Every command that takes <c>--store</c> follows the default-graph setting the store records (on for a store made by
/// <c>kg ingest</c>, off for <c>kg load</c>), and <c>--union-default-graph true|false</c> overrides it for one run only.
/// </summary>
/// <remarks>
/// Each store holds <c>data.trig</c>: one <c>e:p</c> triple in the default graph and one in the named graph
/// <c>e:g</c>; the ingested store holds an article's graph besides. A default graph that is the union sees both
/// <c>e:p</c> triples, the store's own default graph one.
/// </remarks>
[TestClass]
public sealed partial class StoreDefaultGraphTests
{
    private const string Data = """
        <http://e/a> <http://e/p> <http://e/b> .
        <http://e/g> { <http://e/c> <http://e/p> <http://e/d> . }
        """;

    private const string CountP = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://e/p> ?o }";

    private const string CopyP = "INSERT { GRAPH <http://e/copy> { ?s <http://e/p> ?o } } WHERE { ?s <http://e/p> ?o }";

    private const string CountCopy = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://e/copy> { ?s ?p ?o } }";

    private static TemporaryFolder UnionStore()
    {
        TemporaryFolder folder = KgProcess.CreateFolder();
        KgRun ingest = KgProcess.Run(folder.Path, "ingest", "--store", "store", KgProcess.Article("kelly-mexiko.de.json"));
        Assert.AreEqual(0, ingest.ExitCode, ingest.Error);
        Load(folder);
        StringAssert.Contains(Stats(folder), "Default graph:      the union of all graphs");
        return folder;
    }

    private static TemporaryFolder PlainStore()
    {
        TemporaryFolder folder = KgProcess.CreateFolder();
        Load(folder);
        StringAssert.Contains(Stats(folder), "Default graph:      its own");
        return folder;
    }

    private static void Load(TemporaryFolder folder)
    {
        folder.File("data.trig", Data);
        KgRun load = KgProcess.Run(folder.Path, "load", "--store", "store", "data.trig");
        Assert.AreEqual(0, load.ExitCode, load.Error);
    }

    private static string Stats(TemporaryFolder folder)
    {
        KgRun stats = KgProcess.Run(folder.Path, "stats", "--store", "store");
        Assert.AreEqual(0, stats.ExitCode, stats.Error);
        return stats.Output;
    }

    /// <summary>Runs <see cref="CopyP"/> with <c>kg update</c> and returns how many triples the WHERE clause copied.</summary>
    private static string CopiedByUpdate(TemporaryFolder folder, params string[] options)
    {
        KgRun clear = KgProcess.Run(folder.Path, "update", "--store", "store", "--update", "DROP SILENT GRAPH <http://e/copy>");
        Assert.AreEqual(0, clear.ExitCode, clear.Error);
        KgRun update = KgProcess.Run(folder.Path, ["update", "--store", "store", "--update", CopyP, .. options]);
        Assert.AreEqual(0, update.ExitCode, update.Error);
        KgRun count = KgProcess.Run(folder.Path, "query", "--store", "store", "--results", "tsv", "-q", CountCopy);
        Assert.AreEqual(0, count.ExitCode, count.Error);
        return Number().Match(count.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1]).Value;
    }

    private static async Task<(string Count, string Log)> CountedByServe(TemporaryFolder folder, params string[] options)
    {
        using KgServer server = KgServer.Start(folder.Path, ["--store", "store", .. options]);
        return (await server.SelectOneAsync(CountP, "n"), server.StartupLog);
    }

    [TestMethod]
    public void Update_on_an_ingested_store_matches_the_union_of_all_graphs()
    {
        using TemporaryFolder folder = UnionStore();
        Assert.AreEqual("2", CopiedByUpdate(folder));
        Assert.AreEqual("1", CopiedByUpdate(folder, "--union-default-graph", "false"));
        Assert.AreEqual("2", CopiedByUpdate(folder), "the option does not change what the store records");
        StringAssert.Contains(Stats(folder), "Default graph:      the union of all graphs");
    }

    [TestMethod]
    public void Update_on_a_loaded_store_matches_its_own_default_graph()
    {
        using TemporaryFolder folder = PlainStore();
        Assert.AreEqual("1", CopiedByUpdate(folder));
        Assert.AreEqual("2", CopiedByUpdate(folder, "--union-default-graph"));
        Assert.AreEqual("1", CopiedByUpdate(folder), "the option does not change what the store records");
        StringAssert.Contains(Stats(folder), "Default graph:      its own");
    }

    [TestMethod]
    public async Task Serve_of_an_ingested_store_queries_the_union_of_all_graphs()
    {
        using TemporaryFolder folder = UnionStore();
        (string count, string log) = await CountedByServe(folder);
        Assert.AreEqual("2", count, log);
        StringAssert.Contains(log, "default graph: the union of all graphs (recorded in the store)");

        (count, log) = await CountedByServe(folder, "--union-default-graph", "false");
        Assert.AreEqual("1", count, log);
        StringAssert.Contains(log, "default graph: the store's own default graph (--union-default-graph)");
        StringAssert.Contains(Stats(folder), "Default graph:      the union of all graphs");
    }

    [TestMethod]
    public async Task Serve_of_a_loaded_store_queries_its_own_default_graph()
    {
        using TemporaryFolder folder = PlainStore();
        (string count, string log) = await CountedByServe(folder);
        Assert.AreEqual("1", count, log);
        StringAssert.Contains(log, "default graph: the store's own default graph (recorded in the store)");

        (count, log) = await CountedByServe(folder, "--union-default-graph");
        Assert.AreEqual("2", count, log);
        StringAssert.Contains(Stats(folder), "Default graph:      its own");
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
