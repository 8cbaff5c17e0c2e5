namespace KnowledgeGraph.Cli.Tests.Commands;

[TestClass]
public sealed class LinkCommandTests
{
    [TestMethod]
    public void ExplainSaysInWordsWhyKellyStaysUnlinked()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        Assert.AreEqual(0, KgProcess.Run(folder.Path, "ingest", "--store", "store", KgProcess.Article("kelly-mexiko.de.json")).ExitCode);

        KgRun run = KgProcess.Run(folder.Path, "link", "--store", "store", "--explain", "Kelly");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.StartsWith(run.Output, "\"Kelly\" (German text, 23 February 2017): NIL: four items have a matching name, and all are ruled out");
        StringAssert.Contains(run.Output, "resolved within the text to \"John Kelly\"");
        StringAssert.Contains(run.Output, "Tom Ridge (Q559822, from 24 January 2003 to 1 February 2005)");
        // The counts follow what extraction finds in the article; the wording and the order (most named first) are the point.
        StringAssert.Matches(run.Output, new System.Text.RegularExpressions.Regex(@"countries named in the text: United States \(Q30\) [a-z]+ times and Mexico \(Q96\) [a-z]+ times"));
        StringAssert.Contains(run.Output, "✗ Mark Kelly (Q357510)");
        StringAssert.Contains(run.Output, "first name \"john\" ≠ \"mark\"");
    }

    [TestMethod]
    public void ExplainShowsTheLinkWithItsConfidenceAndWeights()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        Assert.AreEqual(0, KgProcess.Run(folder.Path, "ingest", "--store", "store", KgProcess.Article("kelly-mexiko.de.json")).ExitCode);

        KgRun run = KgProcess.Run(folder.Path, "link", "--store", "store", "--explain", "US-Außenminister");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Matches(run.Output, new System.Text.RegularExpressions.Regex(@"linked to Außenminister der Vereinigten Staaten \(Q14213\) with confidence \d+%"));
        StringAssert.Contains(run.Output, "✓ Außenminister der Vereinigten Staaten (Q14213)");
        StringAssert.Contains(run.Output, "  +2.6  name \"us aussenminister\" matches an alias");
    }
}
