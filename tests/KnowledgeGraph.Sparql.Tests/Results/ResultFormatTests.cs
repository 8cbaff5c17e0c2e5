using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

[TestClass]
public sealed class ResultFormatTests
{
    private static SparqlResults Sample() => SparqlResults.FromBindings(
        ["s", "o"],
        [
            [Iri.Parse("http://e/a"), new Literal("tab\there \"q\"", "de")],
            [new BlankNode("b1"), Literal.Create(42L)],
            [Iri.Parse("http://e/c"), null],
        ]);

    private static void AssertSame(SparqlResults expected, SparqlResults actual)
    {
        CollectionAssert.AreEqual(expected.Variables.ToArray(), actual.Variables.ToArray());
        var e = expected.Rows.ToList();
        var a = actual.Rows.ToList();
        Assert.HasCount(e.Count, a);
        for (int i = 0; i < e.Count; i++)
        {
            CollectionAssert.AreEqual(e[i].ToArray(), a[i].ToArray());
        }
    }

    [TestMethod]
    public void JsonRoundTrip()
    {
        var ms = new MemoryStream();
        SparqlJsonResultsWriter.Write(ms, Sample());
        ms.Position = 0;
        AssertSame(Sample(), SparqlJsonResultsReader.Read(ms));
    }

    [TestMethod]
    public void XmlRoundTrip()
    {
        var ms = new MemoryStream();
        SparqlXmlResultsWriter.Write(ms, Sample());
        ms.Position = 0;
        AssertSame(Sample(), SparqlXmlResultsReader.Read(ms));
    }

    [TestMethod]
    public void TsvRoundTrip()
    {
        var sw = new StringWriter();
        SparqlTsvResultsWriter.Write(sw, Sample());
        AssertSame(Sample(), SparqlTsvResultsReader.Read(new StringReader(sw.ToString())));
    }

    [TestMethod]
    public void CsvIsLossyButQuoted()
    {
        var sw = new StringWriter();
        SparqlCsvResultsWriter.Write(sw, Sample());
        Assert.AreEqual("s,o\r\nhttp://e/a,\"tab\there \"\"q\"\"\"\r\n_:b1,42\r\nhttp://e/c,\r\n", sw.ToString());
        SparqlResults back = SparqlCsvResultsReader.Read(new StringReader(sw.ToString()));
        Assert.AreEqual(new Literal("tab\there \"q\""), back.Rows.First()[1]);
    }

    [TestMethod]
    public void BooleanJson()
    {
        var ms = new MemoryStream();
        SparqlJsonResultsWriter.Write(ms, SparqlResults.FromBoolean(true));
        StringAssert.Contains(Encoding.UTF8.GetString(ms.ToArray()), "\"boolean\": true");
    }

    [TestMethod]
    public void TableShowsRowCount()
    {
        var sw = new StringWriter();
        SparqlTableWriter.Write(sw, Sample());
        StringAssert.Contains(sw.ToString(), "3 rows");
    }
}
