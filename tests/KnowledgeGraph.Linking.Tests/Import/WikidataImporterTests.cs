using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Linking.Import;
using KnowledgeGraph.Linking.KnowledgeBase;
using KnowledgeGraph.Storage;

using SharpCompress.Compressors.BZip2;

namespace KnowledgeGraph.Linking.Tests.Import;

[TestClass]
public sealed class WikidataImporterTests
{
    private static string Fixture => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", "dump-excerpt.json");

    private static string TempFile(string name) => Path.Combine(Path.GetTempPath(), "kg-linking-tests-" + Guid.NewGuid().ToString("N") + "-" + name);

    [TestMethod]
    public void JsonDumpLinesBecomeItemsWithPositionsAndPrior()
    {
        List<WikidataItem> items = [.. new WikidataImporter().ReadItems(Fixture)];
        CollectionAssert.AreEqual(new[] { "Q999999901", "Q999999902", "Q999999903" }, items.Select(i => i.Qid).ToArray(), "the property line is skipped");
        WikidataItem erika = items[0];
        Assert.AreEqual("Erika Mustermann", erika.Labels["de"]);
        Assert.IsFalse(erika.Labels.ContainsKey("fr"), "only de and en are kept");
        CollectionAssert.AreEqual(new[] { "Erika M. Mustermann" }, erika.Aliases["de"].ToArray());
        Assert.AreEqual(2, erika.Sitelinks);
        PositionHeld minister = erika.Positions.Single();
        Assert.AreEqual("Q568605", minister.PositionQid, "the deprecated statement is skipped");
        Assert.AreEqual(new DateOnly(2030, 1, 15), minister.Start);
        Assert.AreEqual(new DateOnly(2033, 6, 1), minister.End, "month precision (day 00) reads as the first day");
        Assert.AreEqual("Q999999901$6F1B2A3C-0000-4000-8000-000000000002", minister.StatementId);
        CollectionAssert.AreEqual(new[] { "Q183" }, items[1].Jurisdictions.ToArray());
    }

    [TestMethod]
    public void ImportedDumpEntitiesAreLinkedAfterwards()
    {
        using var store = new MemoryQuadStore();
        var importer = new WikidataImporter();
        importer.ImportDefaultBase(store);
        using (var before = new EntityLinker(WikidataKnowledgeBase.FromStore(store)))
            Assert.IsTrue(before.Link(Document("Erika Mustermann", EntityKind.Person))[0].IsNil);

        ImportSummary summary = importer.Import(store, [Fixture]);
        Assert.AreEqual(3, summary.Items);
        using var linker = new EntityLinker(WikidataKnowledgeBase.FromStore(store));
        LinkResult erika = linker.Link(Document("Erika Mustermann", EntityKind.Person))[0];
        Assert.AreEqual("Q999999901", erika.Qid, erika.Explanation.ToString());
        LinkResult office = linker.Link(Document("Zeitreiseminister", EntityKind.Office))[0];
        Assert.AreEqual("Q999999902", office.Qid, office.Explanation.ToString());
        // The statement node keeps Wikidata's id, so the full statement can be queried with p:/ps:/pq:.
        Assert.IsTrue(WikidataKnowledgeBase.FromStore(store).TryGetItem("Q999999901", out WikidataItem? read));
        Assert.AreEqual("Q999999901$6F1B2A3C-0000-4000-8000-000000000002".Replace('$', '-'), read.Positions.Single().StatementId);
    }

    [TestMethod]
    public void CompressedDumpsImportLikePlainOnes()
    {
        byte[] plain = File.ReadAllBytes(Fixture);
        string gz = TempFile("dump.json.gz");
        using (var output = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
            output.Write(plain);
        string bz2 = TempFile("dump.json.bz2");
        using (Stream output = BZip2Stream.Create(File.Create(bz2), SharpCompress.Compressors.CompressionMode.Compress, false))
            output.Write(plain);
        var importer = new WikidataImporter();
        string[] expected = [.. importer.ReadItems(Fixture).Select(i => i.Qid)];
        CollectionAssert.AreEqual(expected, importer.ReadItems(gz).Select(i => i.Qid).ToArray());
        CollectionAssert.AreEqual(expected, importer.ReadItems(bz2).Select(i => i.Qid).ToArray());
    }

    [TestMethod]
    public void MalformedDumpLineReportsItsLocation()
    {
        string path = TempFile("bad.json");
        File.WriteAllText(path, "[\n{\"type\":\"item\",\"id\":\"Q999999903\",\"labels\":{}},\n{\"type\":\"item\",\"id\":\n]\n");
        var error = Assert.ThrowsExactly<WikidataFormatException>(() => new WikidataImporter().ReadItems(path).ToList());
        Assert.AreEqual(3, error.Line);
        StringAssert.StartsWith(error.Message, path + ":3:");

        var skipped = new List<WikidataFormatException>();
        var lenient = new WikidataImporter(WikidataImportOptions.Default with { OnError = skipped.Add });
        Assert.AreEqual(1, lenient.ReadItems(path).Count());
        Assert.AreEqual(1, skipped.Count);
    }

    [TestMethod]
    [DataRow(64)]
    [DataRow(1 << 16)]
    public void SparqlJsonResultsAreMergedPerItem(int padding)
    {
        // Padding moves rows across the reader's 64 KiB block boundary.
        string json = $$"""
            { "head": { "vars": ["item", "label", "alias", "instanceOf", "position", "start", "end", "sitelinks"] },
              "pad": "{{new string('x', padding)}}",
              "results": { "bindings": [
                { "item": { "type": "uri", "value": "http://www.wikidata.org/entity/Q999999901" },
                  "label": { "type": "literal", "value": "Erika Mustermann", "xml:lang": "de" } },
                { "item": { "type": "uri", "value": "http://www.wikidata.org/entity/Q999999901" },
                  "alias": { "type": "literal", "value": "E. Mustermann", "xml:lang": "en" },
                  "instanceOf": { "type": "uri", "value": "http://www.wikidata.org/entity/Q5" } },
                { "item": { "type": "uri", "value": "http://www.wikidata.org/entity/Q999999901" },
                  "position": { "type": "uri", "value": "http://www.wikidata.org/entity/Q568605" },
                  "start": { "type": "literal", "value": "2030-01-15T00:00:00Z", "datatype": "http://www.w3.org/2001/XMLSchema#dateTime" },
                  "sitelinks": { "type": "literal", "value": "2", "datatype": "http://www.w3.org/2001/XMLSchema#integer" } },
                { "item": { "type": "uri", "value": "http://www.wikidata.org/entity/Q999999903" },
                  "label": { "type": "literal", "value": "Max Mustermann", "xml:lang": "fr" } }
              ] } }
            """;
        string path = TempFile("results.srj");
        File.WriteAllText(path, json, Encoding.UTF8);
        Assert.AreEqual(WikidataSourceKind.SparqlResults, WikidataImporter.DetectKind(path));
        List<WikidataItem> items = [.. new WikidataImporter().ReadItems(path)];
        Assert.AreEqual(2, items.Count);
        WikidataItem erika = items[0];
        Assert.AreEqual("Erika Mustermann", erika.Labels["de"]);
        CollectionAssert.AreEqual(new[] { "E. Mustermann" }, erika.Aliases["en"].ToArray());
        CollectionAssert.AreEqual(new[] { "Q5" }, erika.InstanceOf.ToArray());
        Assert.AreEqual(new PositionHeld("Q568605", new DateOnly(2030, 1, 15), null), erika.Positions.Single());
        Assert.AreEqual(2, erika.Sitelinks);
        Assert.AreEqual(0, items[1].Labels.Count, "French labels are not kept");
    }

    [TestMethod]
    public void TruncatedSparqlResultsReportALocation()
    {
        string path = TempFile("cut.srj");
        File.WriteAllText(path, "{ \"head\": { \"vars\": [\"item\"] },\n \"results\": { \"bindings\": [\n { \"item\": ");
        var e = Assert.ThrowsExactly<WikidataFormatException>(() => new WikidataImporter().ReadItems(path).ToList());
        StringAssert.StartsWith(e.Message, path + ":");
    }

    [TestMethod]
    public void TableWithAnUnknownHeaderIsRejectedWithItsLocation()
    {
        string path = TempFile("other.tsv");
        File.WriteAllText(path, "a\tb\nQ1\tx\n");
        var e = Assert.ThrowsExactly<WikidataFormatException>(() => new WikidataImporter().ReadItems(path).ToList());
        StringAssert.StartsWith(e.Message, path + ":2:1: expected a known table header");
    }

    [TestMethod]
    public void QuotedCsvFieldsAreRead()
    {
        string path = TempFile("positions.csv");
        File.WriteAllText(path, "id,position,label,description,start_date,constituency,end_date\r\nQ999999903,Q14213,\"Secretary, of \"\"State\"\"\",\"two\nlines\",2001-01-01,,\r\n");
        WikidataItem[] items = [.. new WikidataImporter().ReadItems(path)];
        Assert.AreEqual("Secretary, of \"State\"", items[1].Labels["en"]);
        Assert.AreEqual("two\nlines", items[1].Descriptions["en"]);
    }

    private static LinkingDocument Document(string mention, EntityKind kind) => new("de", [new EntityMention(mention, kind)]);
}
