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

    [TestMethod]
    public void TableWritesNumbersBareEscapesTabsAndAlignsWideCharacters()
    {
        var sw = new StringWriter();
        SparqlTableWriter.Write(sw, Sample(), PrefixMap.Empty.Add("e", Iri.Parse("http://e/")));
        CollectionAssert.AreEqual(
            new[]
            {
                "+------+----------------------+",
                "| ?s   | ?o                   |",
                "+------+----------------------+",
                "| e:a  | \"tab\\there \\\"q\\\"\"@de |",
                "| _:b1 | 42                   |",
                "| e:c  |                      |",
                "+------+----------------------+",
                "3 rows",
            },
            sw.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));

        sw = new StringWriter();
        SparqlTableWriter.Write(sw, SparqlResults.FromBindings(["v"], [[new Literal("東京")], [Literal.Create(2.5m)], [new Literal("2", Iri.Parse("http://www.w3.org/2001/XMLSchema#double"))]]));
        string[] lines = sw.ToString().Split(Environment.NewLine);
        Assert.AreEqual("| \"東京\"          |", lines[3], "two columns per CJK character");
        Assert.AreEqual("| 2.5             |", lines[4]);
        Assert.AreEqual("| \"2\"^^xsd:double |", lines[5], "not a DOUBLE token without an exponent");
    }

    [TestMethod]
    public void TableCutsWideValuesAndStreamsPastTheSample()
    {
        var rows = new List<IReadOnlyList<Term?>>();
        for (int i = 0; i < SparqlTableWriter.SampleRows + 500; i++)
        {
            rows.Add([new Literal(i == SparqlTableWriter.SampleRows + 10 ? "a longer value than any in the sample" : "v" + i)]);
        }

        rows.Add([new Literal(new string('x', 500))]);
        var sw = new StringWriter();
        SparqlTableWriter.Write(sw, SparqlResults.FromBindings(["v"], rows));
        string[] lines = sw.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.AreEqual("| \"v999\" |", lines[3 + 999], "widths come from the first rows");
        Assert.AreEqual("| \"a lo… |", lines[3 + SparqlTableWriter.SampleRows + 10], "later rows are cut to them");
        Assert.AreEqual("1,501 rows; values cut at their column's width are marked …, --results tsv writes them whole", lines[^1]);
        Assert.IsTrue(lines[..^1].All(l => l.Length <= 12), "every row as wide as the sample made the column");

        // IRIs stay whole (to be copied); a long literal next to one is cut at 80 columns.
        var iri = Iri.Parse("http://example.org/" + new string('i', 100));
        sw = new StringWriter();
        SparqlTableWriter.Write(sw, SparqlResults.FromBindings(["s", "text"], [[iri, new Literal(new string('t', 100))]]));
        lines = sw.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.AreEqual($"| <{iri.Value}> | \"{new string('t', 78)}… |", lines[3]);
    }
}
