using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary><c>kg query</c>: <c>--explain</c>, <c>--explain analyze</c> and <c>--timeout</c>, run as a child process.</summary>
[TestClass]
public sealed class QueryCommandTests
{
    private const string Prefix = "PREFIX : <http://e/> ";

    private TemporaryFolder _folder = null!;

    [TestInitialize]
    public void CreateData()
    {
        _folder = KgProcess.CreateFolder();

        // 500 subjects with :value, a :next ring over them, and :tag on every fiftieth: 1,010 triples.
        var nt = new StringBuilder();
        for (int i = 0; i < 500; i++)
        {
            nt.Append(CultureInfo(i, $"<http://e/s{i}> <http://e/value> \"{i}\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"));
            nt.Append(CultureInfo(i, $"<http://e/s{i}> <http://e/next> <http://e/s{(i + 1) % 500}> .\n"));
            if (i % 50 == 0)
            {
                nt.Append(CultureInfo(i, $"<http://e/s{i}> <http://e/tag> \"t{i}\" .\n"));
            }
        }

        _folder.File("data.nt", nt.ToString());
    }

    [TestCleanup]
    public void DeleteData() => _folder.Dispose();

    private static string CultureInfo(int _, FormattableString s) => FormattableString.Invariant(s);

    [TestMethod]
    public void ExplainPrintsBothAlgebrasAndThePhysicalPlanWithoutRunning()
    {
        KgRun run = KgProcess.Run(_folder.Path, "query", "--data", "data.nt", "--explain", "--query",
            Prefix + "SELECT ?s ?t { ?s :value ?v . ?s :tag ?t FILTER(?v > 100) OPTIONAL { ?s :next ?n } } ORDER BY ?t LIMIT 3");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        string[] lines = run.Output.Split('\n');
        int algebra = Array.IndexOf(lines, "# Algebra");
        int optimized = Array.IndexOf(lines, "# Optimized algebra");
        int plan = Array.IndexOf(lines, "# Physical plan");
        Assert.IsTrue(algebra == 0 && optimized > algebra && plan > optimized, run.Output);
        CollectionAssert.AreEqual(
            new[]
            {
                "Slice limit 3, stops its input then  (est. 2.5 rows)",
                "  Project ?s ?t  (est. 2.5 rows)",
                "    TopKSort, keeps the first 3 in a heap, by (asc ?t)  (est. 2.5 rows)",
                "      IndexNestedLoopLeftJoin: each outer row's bindings pushed into the optional side  (est. 2.5 rows)",
                "        outer: BgpScan, 2 patterns by index nested loops, in this order  (est. 2.5 rows)",
                "            | 1. ?s :tag ?t   [lookup P; est. 10]",
                "            | 2. ?s :value ?v   [lookup S P; est. 1 per row]",
                "            |    filter (> ?v 100)",
                "        optional, per outer row: BgpScan, 1 pattern  (est. 1 row)",
                "            | 1. ?s :next ?n   [lookup S P; est. 1]",
                "",
            },
            lines[(plan + 1)..],
            run.Output);
        Assert.IsFalse(run.Output.Contains("actual", StringComparison.Ordinal), "nothing ran");
    }

    [TestMethod]
    public void ExplainAnalyzeRunsTheQueryAndShowsActualRows()
    {
        KgRun run = KgProcess.Run(_folder.Path, "query", "--data", "data.nt", "--explain", "analyze", "--query",
            Prefix + "SELECT ?s { ?s :tag ?t . ?s :next ?n . ?n :value ?v FILTER(?v > 100) }");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Output, "# Physical plan (analyzed: actual rows and time include each operator's inputs)");
        StringAssert.Contains(run.Output, "BgpScan, 3 patterns by index nested loops, in this order  (est. 2.5 rows)  [actual 8 rows, 1 call, ");
        StringAssert.Contains(run.Output, "total: 8 result rows in ");
    }

    [TestMethod]
    public void ExplainRejectsAnUnknownMode()
    {
        KgRun run = KgProcess.Run(_folder.Path, "query", "--data", "data.nt", "--explain", "verbose", "--query", "ASK {}");
        Assert.AreNotEqual(0, run.ExitCode);
        StringAssert.Contains(run.Error, "verbose");
    }

    [TestMethod]
    public void ACartesianProductStopsAtTheTimeoutWithAClearMessage()
    {
        // 1,010³ ≈ 10⁹ combinations: far more than a second's work, so only the timeout can end it.
        var clock = Stopwatch.StartNew();
        KgRun run = KgProcess.Run(_folder.Path, "query", "--data", "data.nt", "--timeout", "1", "--results", "tsv", "--query",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        clock.Stop();
        Assert.AreEqual(2, run.ExitCode, run.Error);
        Assert.AreEqual("kg: the query ran out of time: it was stopped after 1 second (--timeout)\n", run.Error.Replace("\r", "", StringComparison.Ordinal));
        Assert.AreEqual("?n", run.Output.Trim(), "the header, and no count");
        Assert.IsLessThan(30, clock.Elapsed.TotalSeconds, "start-up, loading 1,010 triples and one second of query");
    }

    [TestMethod]
    public void AStreamingCartesianProductStopsAtTheTimeoutToo()
    {
        KgRun run = KgProcess.Run(_folder.Path, "query", "--data", "data.nt", "--timeout", "0.5", "--results", "tsv", "--query",
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a");
        Assert.AreEqual(2, run.ExitCode, run.Error);
        StringAssert.Contains(run.Error, "the query ran out of time: it was stopped after 500 milliseconds (--timeout)");
    }
}
