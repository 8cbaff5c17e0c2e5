namespace KnowledgeGraph.Cli.Tests.Commands;

[TestClass]
public sealed class EvalCommandTests
{
    [TestMethod]
    public void ScoresEachTask1SplitAndPrintsCueSourceAndMessageFigures()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "data", "dev", "task1"));
        folder.File("data/dev/task1/speech.json", """
            {"Sentences": [{"SentenceId": 0, "Tokens": ["Wir", "lehnen", "diese", "Totalüberwachung", "der", "Bürger", "ab", "."]}],
             "Annotations": [{"Cue": ["0:1"], "Source": ["0:0"], "Message": ["0:2", "0:3", "0:4", "0:5"], "PTC": ["0:6"]}]}
            """);

        KgRun run = KgProcess.Run(folder.Path, "eval", "data");

        Assert.AreEqual(0, run.ExitCode, run.Error);
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        StringAssert.Contains(lines[0], "source P/R/F1");
        StringAssert.Matches(lines[1], new System.Text.RegularExpressions.Regex(@"^dev\s+1\s+1\s+1\s+1\.000/1\.000/1\.000\s+1\.000/1\.000/1\.000\s+1\.000/1\.000/1\.000\s*$"));
    }

    [TestMethod]
    public void ReportsAMalformedDocumentWithItsLocation()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        folder.File("broken.json", "{\"Sentences\": [");
        KgRun run = KgProcess.Run(folder.Path, "eval", ".");
        Assert.AreEqual(1, run.ExitCode);
        StringAssert.Contains(run.Error, "broken.json:1:");
    }
}
