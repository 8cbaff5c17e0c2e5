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

    [TestMethod]
    public void ScoresArticlesWithGoldAnnotationsPerLanguage()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "gold"));
        folder.File("gold/lage.de.txt", "# date: 2017-02-23\n\nLage\n\nBundesinnenministerin Sabine Falk sagte am Montag, die Lage sei ernst. Verdi-Chef Holger Brandes sagte, das stimme nicht.");
        folder.File("gold/lage.gold.tsv", "person\tSabine Falk\tde-interior-minister\nperson\tHolger Brandes\t-\n"
            + "statement\ts1\tSabine Falk\treported\t2017-02-20\t-\tdie Lage sei ernst\n"
            + "statement\ts2\tHolger Brandes\treported\t-\t-\tdas stimme nicht\n"
            + "statement\ts3\tHolger Brandes\treported\t-\t-\tStreiks stehen bevor\n");

        KgRun run = KgProcess.Run(folder.Path, "eval", "gold", "--details");

        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Contains(run.Output, "de: 1 articles");
        StringAssert.Matches(run.Output, new System.Text.RegularExpressions.Regex(@"statements\s+P 1\.000 \(2/2\)\s+R 0\.667 \(2/3\)"));
        StringAssert.Contains(run.Output, "lage.de.txt: missed statement: s3 Holger Brandes");
    }

    [TestMethod]
    public void ReportsAMalformedGoldFileWithItsLocation()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "gold"));
        folder.File("gold/lage.txt", "Die Lage ist ernst.");
        folder.File("gold/lage.gold.tsv", "statement\ts1\tSabine Falk\tquoted\t-\t-\tx\n");
        KgRun run = KgProcess.Run(folder.Path, "eval", "gold");
        Assert.AreEqual(1, run.ExitCode);
        StringAssert.Contains(run.Error, "lage.gold.tsv:1:26: expected 'direct' or 'reported'");
    }
}
