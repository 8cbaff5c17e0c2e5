using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cli.Tests.Commands;

[TestClass]
public sealed class IngestCommandTests
{
    private const string CountQuads = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    private static long QuadCount(TemporaryFolder folder)
    {
        KgRun run = KgProcess.Run(folder.Path, "query", "--store", "store", "-q", CountQuads, "--results", "tsv");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        string value = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];
        return long.Parse(Regex.Match(value, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [TestMethod]
    public void IngestsTheSeedArticleAndSummarizesInWords()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        KgRun run = KgProcess.Run(folder.Path, "ingest", "--store", "store", KgProcess.Article("kelly-mexiko.de.json"));
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.Matches(run.Output.Trim(), new Regex(@"^1 article, 4 persons, \d+ statements, \d+ contradictions?$"));
        Assert.AreEqual("", run.Error);

        KgRun ask = KgProcess.Run(folder.Path, "query", "--store", "store", "--results", "tsv", "-q",
            "PREFIX kgo: <https://w3id.org/knowledge-graph/ontology#> ASK { ?s kgo:speaker ?p ; kgo:text ?t }");
        Assert.AreEqual(0, ask.ExitCode, ask.Error);
        StringAssert.Contains(ask.Output, "true");
    }

    [TestMethod]
    public void ReingestingReplacesTheArticleGraphInsteadOfDuplicatingIt()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        string article = KgProcess.Article("kelly-mexiko.de.json");
        Assert.AreEqual(0, KgProcess.Run(folder.Path, "ingest", "--store", "store", article, KgProcess.Article("GUM_news_iodine.txt")).ExitCode);
        long before = QuadCount(folder);

        KgRun again = KgProcess.Run(folder.Path, "ingest", "--store", "store", article);
        Assert.AreEqual(0, again.ExitCode, again.Error);
        StringAssert.StartsWith(again.Output, "1 article (1 replaced), ");
        Assert.AreEqual(before, QuadCount(folder));
    }

    [TestMethod]
    public void ReportsUnreadableAndEmptyInputsByNameSkipsThemAndKeepsTheRest()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        folder.File("empty.txt", "");
        folder.File("broken.json", "{\"id\": \"x\",\n \"text\": 3");
        File.WriteAllBytes(Path.Combine(folder.Path, "latin1.txt"), [0x48, 0x61, 0x6C, 0x6C, 0x6F, 0x0A, 0x47, 0x72, 0xFC, 0xDF, 0x65]);
        folder.File("notes.pdf", "not an article");

        KgRun run = KgProcess.Run(folder.Path, "ingest", "--store", "store",
            "empty.txt", "broken.json", "latin1.txt", "notes.pdf", "missing.txt", KgProcess.Article("GUM_news_iodine.txt"));

        Assert.AreEqual(1, run.ExitCode, "skipped inputs make the exit code 1");
        StringAssert.StartsWith(run.Output, "1 article, ");
        StringAssert.Contains(run.Error, "empty.txt:1:1: the article 'empty' has no text (skipped)");
        StringAssert.Matches(run.Error, new Regex(@"broken\.json:2:\d+: malformed JSON"));
        StringAssert.Contains(run.Error, "latin1.txt:2:3: expected UTF-8 text, found the byte 0xFC.");
        StringAssert.Contains(run.Error, "'notes.pdf'");
        StringAssert.Contains(run.Error, "kg: cannot read 'missing.txt': no such file or directory (skipped)");
        Assert.IsGreaterThan(0, QuadCount(folder));
    }

    [TestMethod]
    public void NothingInTheStoreIsLostWhenARunFindsOnlyBadInputs()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        Assert.AreEqual(0, KgProcess.Run(folder.Path, "ingest", "--store", "store", KgProcess.Article("kelly-mexiko.de.json")).ExitCode);
        long before = QuadCount(folder);
        folder.File("kelly-mexiko-2017-02-23.json", "{\"id\": \"kelly-mexiko-2017-02-23\", \"text\": ");

        KgRun run = KgProcess.Run(folder.Path, "ingest", "--store", "store", "kelly-mexiko-2017-02-23.json");

        Assert.AreEqual(1, run.ExitCode);
        StringAssert.StartsWith(run.Output, "0 articles, 0 persons, 0 statements, 0 contradictions");
        Assert.AreEqual(before, QuadCount(folder));
    }

    [TestMethod]
    public void ReadsDirectoriesAndHonoursLanguageDateAndBase()
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "news"));
        folder.File("news/a.txt", "Grenze\n\n„Wir werden das prüfen“, sagte Innenminister Thomas de Maizière am Montag in Berlin.");
        folder.File("news/b.txt", "Border\n\n\"We will look into it,\" Interior Minister Thomas Smith said on Monday.");

        KgRun run = KgProcess.Run(folder.Path, "ingest", "--store", "store", "--date", "2017-02-23", "--base", "http://example.org/kg/", "news");
        Assert.AreEqual(0, run.ExitCode, run.Error);
        StringAssert.StartsWith(run.Output, "2 articles, ");

        KgRun ask = KgProcess.Run(folder.Path, "query", "--store", "store", "--results", "tsv", "-q",
            "PREFIX dcterms: <http://purl.org/dc/terms/> ASK { <http://example.org/kg/article/a> dcterms:date \"2017-02-23\"^^<http://www.w3.org/2001/XMLSchema#date> ; dcterms:language \"de\" . <http://example.org/kg/article/b> dcterms:language \"en\" }");
        Assert.AreEqual(0, ask.ExitCode, ask.Error);
        StringAssert.Contains(ask.Output, "true");
    }

    [TestMethod]
    [DataRow("--date", "23.02.2017", "kg: --date '23.02.2017' is not a date; expected YYYY-MM-DD")]
    [DataRow("--lang", "fr", "kg: --lang 'fr' is not a language of the pipeline; expected auto, de or en")]
    [DataRow("--base", "http://example.org/kg", "kg: --base <http://example.org/kg> must end with '/' or '#'")]
    public void RejectsBadOptionsBeforeTouchingTheStore(string option, string value, string message)
    {
        using TemporaryFolder folder = KgProcess.CreateFolder();
        KgRun run = KgProcess.Run(folder.Path, "ingest", "--store", "store", option, value, KgProcess.Article("GUM_news_iodine.txt"));
        Assert.AreEqual(1, run.ExitCode);
        StringAssert.Contains(run.Error, message);
        Assert.IsFalse(Directory.Exists(Path.Combine(folder.Path, "store")));
    }
}
