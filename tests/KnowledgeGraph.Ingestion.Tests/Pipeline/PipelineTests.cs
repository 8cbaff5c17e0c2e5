using KnowledgeGraph.Ingestion.Ontology;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Ingestion.Tests.Pipeline;

[TestClass]
public sealed class PipelineTests
{
    [TestMethod]
    public void TextWithTitleLineAndHeader()
    {
        ArticleInput a = ArticleReader.ParseText("x", "# source: https://example.org/a\n# dateCreated: 2017-07-18\n\nThe headline\n\nBody one. Body two.");
        Assert.AreEqual("The headline", a.Title);
        Assert.AreEqual("https://example.org/a", a.Url);
        Assert.AreEqual(new DateOnly(2017, 7, 18), a.Date);
        Assert.AreEqual("Body one. Body two.", a.Text);
    }

    [TestMethod]
    public void JsonLinesAndHtml()
    {
        string dir = Path.Combine(Path.GetTempPath(), "kg-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.jsonl"), "{\"id\":\"a1\",\"text\":\"Eins.\",\"lang\":\"de\",\"date\":\"2020-01-02\"}\n{\"id\":\"a2\",\"text\":\"Two.\"}\n");
            File.WriteAllText(Path.Combine(dir, "b.html"), "<html lang=\"en\"><head><title>T</title><script>x()</script></head><body><nav>Menu</nav><article><h1>Head</h1><p>First &amp; only.</p></article><footer>(c)</footer></body></html>");
            File.WriteAllText(Path.Combine(dir, "c.json"), "{\"id\": 3,");
            var errors = new List<string>();
            List<IngestionResult> results = [.. new ArticleIngestor().IngestPath(dir, (path, e) => errors.Add(e.Message))];
            CollectionAssert.AreEqual(new[] { "a1", "a2", "b" }, results.Select(r => r.Article.Id).ToArray());
            Assert.AreEqual("de", results[0].Language);
            Assert.AreEqual("First & only.", results[2].Article.Text);
            Assert.AreEqual("Head", results[2].Article.Title);
            Assert.HasCount(1, errors);
            StringAssert.Contains(errors[0], "c.json:");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestMethod]
    [DataRow("Die Regierung hat am Montag beschlossen, dass die Steuern nicht steigen werden.", "de")]
    [DataRow("The government decided on Monday that taxes will not rise for the rest of the year.", "en")]
    public void DetectsLanguage(string text, string language) => Assert.AreEqual(language, LanguageDetector.Detect(text));

    [TestMethod]
    public void SamePersonAndOfficeAcrossGermanAndEnglishArticles()
    {
        var de = TestHelpers.Ingest("„Wir bauen die Mauer“, sagte US-Präsident Donald Trump.", "de", id: "de-1");
        var en = TestHelpers.Ingest("\"We will build the wall,\" said President Donald Trump of the United States.", "en", id: "en-1");
        Term Speaker(IngestionResult r) => r.Quads.Single(q => q.Predicate == Kgo.Speaker).Object;
        Assert.AreEqual(Speaker(de), Speaker(en));
        Assert.AreNotEqual(de.Graph, en.Graph);
    }

    [TestMethod]
    public void ReingestingGivesIdenticalQuads()
    {
        var a = TestHelpers.Ingest("„Ja“, sagte Bundeskanzlerin Angela Merkel.", "de");
        var b = TestHelpers.Ingest("„Ja“, sagte Bundeskanzlerin Angela Merkel.", "de");
        CollectionAssert.AreEqual(a.Quads.Order().ToList(), b.Quads.Order().ToList());
    }

    [TestMethod]
    public void CustomBase()
    {
        var r = new ArticleIngestor(new IngestionOptions { ResourceBase = Iri.Parse("http://example.org/kg/"), Language = "de" })
            .Ingest(new ArticleInput("x", "„Ja“, sagte Bundeskanzlerin Angela Merkel."));
        Assert.IsTrue(r.Quads.SubjectsOfType(Kgo.Person).All(p => ((Iri)p).Value.StartsWith("http://example.org/kg/person/", StringComparison.Ordinal)));
    }
}
