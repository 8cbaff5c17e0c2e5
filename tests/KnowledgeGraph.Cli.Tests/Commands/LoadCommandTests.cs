namespace KnowledgeGraph.Cli.Tests.Commands;

[TestClass]
public sealed class LoadCommandTests
{
    private const string Data = """
        <http://e/a> <http://e/p> <http://e/b> .
        <http://e/g> { <http://e/c> <http://e/p> <http://e/d> . }
        """;

    private const string CountDefaultGraph = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    [TestMethod]
    public void A_loaded_store_queries_its_own_default_graph_unless_the_union_is_asked_for()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        folder.File("data.trig", Data);
        KgRun load = KgProcess.Run(folder.Path, "load", "--store", "store", "data.trig");
        Assert.AreEqual(0, load.ExitCode, load.Error);
        StringAssert.Contains(load.Error, "Loaded 2 quads");

        Assert.AreEqual("1", Count(folder));
        Assert.AreEqual("2", Count(folder, "--union-default-graph"));
        Assert.AreEqual("1", Count(folder), "the option does not change what the store records");
    }

    [TestMethod]
    public void Stats_report_quads_subjects_and_predicates_from_the_store()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        folder.File("data.trig", Data + "\n<http://e/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://e/T> .\n");
        Assert.AreEqual(0, KgProcess.Run(folder.Path, "load", "--store", "store", "data.trig").ExitCode);

        KgRun stats = KgProcess.Run(folder.Path, "stats", "--store", "store");
        Assert.AreEqual(0, stats.ExitCode, stats.Error);
        StringAssert.Matches(stats.Output, new System.Text.RegularExpressions.Regex(@"Quads:\s+3\b"));
        StringAssert.Matches(stats.Output, new System.Text.RegularExpressions.Regex(@"Named graphs:\s+1\b"));
        StringAssert.Matches(stats.Output, new System.Text.RegularExpressions.Regex(@"Distinct subjects:\s+2\b"));
        StringAssert.Matches(stats.Output, new System.Text.RegularExpressions.Regex(@"\s2\s+<http://e/p>"));
        StringAssert.Matches(stats.Output, new System.Text.RegularExpressions.Regex(@"\s1\s+<http://e/T>"));
    }

    private static string Count(TemporaryFolder folder, params string[] options)
    {
        KgRun run = KgProcess.Run(folder.Path, ["query", "--store", "store", "--results", "tsv", "-q", CountDefaultGraph, .. options]);
        Assert.AreEqual(0, run.ExitCode, run.Error);
        string value = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];
        return System.Text.RegularExpressions.Regex.Match(value, @"\d+").Value;
    }
}
