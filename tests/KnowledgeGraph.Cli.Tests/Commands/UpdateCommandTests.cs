namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary><c>kg update</c> and <c>kg parse-update</c>, run as a child process in a temporary directory.</summary>
[TestClass]
public sealed class UpdateCommandTests
{
    private string _dir = null!;

    [TestInitialize]
    public void CreateDirectory()
    {
        _dir = Path.Combine(Path.GetTempPath(), "kg-cli-update-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "data.nt"), "<http://e/a> <http://e/p> \"1\" .\n<http://e/b> <http://e/p> \"2\" .\n");
    }

    [TestCleanup]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(_dir, name), text);
        return name;
    }

    [TestMethod]
    public void StorelessUpdatePrintsTheResultingDataset()
    {
        Write("u.ru", "PREFIX : <http://e/>\nDELETE { ?s :p \"1\" } INSERT { GRAPH :g { ?s :q 1 } } WHERE { ?s :p \"1\" }");
        (int code, string stdout, string stderr) = KgProcess.Run(_dir, "update", "--data", "data.nt", "--update-file", "u.ru", "--dump", "nquads");
        Assert.AreEqual(0, code, stderr);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        CollectionAssert.AreEquivalent(
            new[]
            {
                "<http://e/a> <http://e/q> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://e/g> .",
                "<http://e/b> <http://e/p> \"2\" .",
            },
            lines);
    }

    [TestMethod]
    public void StoreUpdatesAreAllOrNothing()
    {
        (int code, string stdout, string stderr) = KgProcess.Run(_dir, "update", "--store", "st", "--update", "LOAD <data.nt> INTO GRAPH <http://e/g>");
        Assert.AreEqual(0, code, stderr);
        StringAssert.Contains(stdout, "2 quads");

        (code, _, stderr) = KgProcess.Run(_dir, "update", "--store", "st", "--update", "DROP ALL ;\nCREATE GRAPH <http://e/g> ; CREATE GRAPH <http://e/g>");
        Assert.AreEqual(1, code);
        StringAssert.Contains(stderr, "<update>:2:29:");
        StringAssert.Contains(stderr, "nothing was changed");

        (code, stdout, stderr) = KgProcess.Run(_dir, "query", "--store", "st", "--query", "SELECT (COUNT(*) AS ?n) { GRAPH <http://e/g> { ?s ?p ?o } }", "--results", "csv");
        Assert.AreEqual(0, code, stderr);
        StringAssert.Contains(stdout, "2");
    }

    [TestMethod]
    public void ParseUpdatePrintsSseOrTheErrorLocation()
    {
        Write("good.ru", "CLEAR SILENT GRAPH <http://e/g> ; INSERT DATA { <http://e/a> <http://e/p> 1 }");
        (int code, string stdout, string stderr) = KgProcess.Run(_dir, "parse-update", "good.ru");
        Assert.AreEqual(0, code, stderr);
        StringAssert.StartsWith(stdout, "(update\n  (clear silent <http://e/g>)\n  (insertData");

        Write("bad.ru", "INSERT DATA {\n  <http://e/a> <http://e/p> ?x }");
        (code, _, stderr) = KgProcess.Run(_dir, "parse-update", "bad.ru");
        Assert.AreEqual(1, code);
        StringAssert.StartsWith(stderr, "bad.ru:2:29: INSERT DATA may not use variables");
    }

    [TestMethod]
    public void RequestIsRequiredExactlyOnce()
    {
        (int code, _, string stderr) = KgProcess.Run(_dir, "update", "--data", "data.nt");
        Assert.AreNotEqual(0, code);
        StringAssert.Contains(stderr, "--update");
    }
}
