using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.Turtle;

namespace KnowledgeGraph.Rdf.Formats.Tests.Parsers;

/// <summary>
/// A multi-megabyte document read in parts of the default size must give what the sequential reader gives: the same
/// triples in the same order (up to blank node names), the same prefixes, and the same first error.
/// </summary>
[TestClass]
public sealed class ParallelTurtleReaderTests
{
    private static readonly RdfParserOptions Options = RdfParserOptions.Default with { BaseIri = Iri.Parse("http://example.org/base/"), SourceName = "big.ttl" };

    [TestMethod]
    public void LargeDocumentReadInPartsEqualsSequentialReading()
    {
        byte[] document = Generate(statements: 60_000, errorAtEnd: false);
        Assert.IsTrue(document.Length > 3 * ParallelTurtleReader.DefaultPartBytes, "several parts");

        List<Quad> sequential = ReadSequentially(document);
        var prefixes = PrefixMap.Empty;
        List<Quad> inParts = [.. new ParallelTurtleReader(new MemoryStream(document), Options, p => prefixes = p).Read(CancellationToken.None)];

        Assert.AreEqual(sequential.Count, inParts.Count);

        // Same order, so blank nodes must correspond one to one by first occurrence (a bijection, checked both ways).
        var forward = new Dictionary<Term, Term>();
        var backward = new Dictionary<Term, Term>();
        for (int i = 0; i < sequential.Count; i++)
        {
            (Term, Term)[] pairs = [(sequential[i].Subject, inParts[i].Subject), (sequential[i].Predicate, inParts[i].Predicate), (sequential[i].Object, inParts[i].Object)];
            foreach ((Term a, Term b) in pairs)
            {
                if (a.IsBlankNode && b.IsBlankNode)
                {
                    Assert.AreEqual(b, forward.TryAdd(a, b) ? b : forward[a], $"quad {i}: blank node {a} maps to two nodes");
                    Assert.AreEqual(a, backward.TryAdd(b, a) ? a : backward[b], $"quad {i}: blank node {b} maps to two nodes");
                }
                else
                {
                    Assert.AreEqual(a, b, $"quad {i}");
                }
            }
        }

        Assert.IsTrue(forward.Count > 1000, "the document has many blank nodes");
        Assert.IsTrue(prefixes.TryGetNamespace("late", out Iri? late) && late.Value == "http://example.org/late/");
    }

    [TestMethod]
    public void TermsReadBeforeAPrefixOrBaseIsRedeclaredAreNotServedAfterIt()
    {
        // The parts of a document share caches of the terms read so far, keyed by how they were written: the same
        // written form means another term once a directive changes what it resolves against.
        var text = new StringBuilder();
        for (int round = 0; round < 40; round++)
        {
            // One directive at a time: a new prefix alone, then a new base alone.
            text.Append(round % 2 == 0
                ? string.Create(CultureInfo.InvariantCulture, $"@prefix ex: <http://example.org/round{round}/> .\n")
                : string.Create(CultureInfo.InvariantCulture, $"@base <http://example.org/base{round}/> .\n"));
            for (int i = 0; i < 50; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"ex:s{i} ex:p <o{i % 5}> , <rel/o> .\n");
            }
        }

        byte[] document = Encoding.UTF8.GetBytes(text.ToString());
        List<Quad> sequential = ReadSequentially(document);
        List<Quad> inParts = [.. new ParallelTurtleReader(new MemoryStream(document), Options, _ => { }, partBytes: 700).Read(CancellationToken.None)];

        CollectionAssert.AreEqual(sequential, inParts);
        Assert.HasCount(40 * 50 * 2, inParts);
        for (int q = 0; q < inParts.Count; q++)
        {
            int round = q / 100;
            int i = q % 100 / 2;
            int prefixRound = round - (round % 2);
            string @base = round == 0 ? "http://example.org/base/" : $"http://example.org/base{round - 1 + (round % 2)}/";
            string obj = q % 2 == 0 ? $"o{i % 5}" : "rel/o";
            Assert.AreEqual(Iri.Parse($"http://example.org/round{prefixRound}/s{i}"), inParts[q].Subject, $"quad {q}");
            Assert.AreEqual(Iri.Parse(@base + obj), inParts[q].Object, $"quad {q}");
        }
    }

    [TestMethod]
    public void ErrorNearTheEndIsReportedWhereTheSequentialReaderReportsIt()
    {
        byte[] document = Generate(statements: 40_000, errorAtEnd: true);
        int deliveredSequentially = 0;
        RdfSyntaxException expected = Assert.ThrowsExactly<RdfSyntaxException>(() =>
        {
            foreach (Quad _ in new TurtleReader(new MemoryStream(document), Options, trig: false, _ => { }).Read(CancellationToken.None))
            {
                deliveredSequentially++;
            }
        });
        int delivered = 0;
        RdfSyntaxException actual = Assert.ThrowsExactly<RdfSyntaxException>(() =>
        {
            foreach (Quad _ in new ParallelTurtleReader(new MemoryStream(document), Options, _ => { }).Read(CancellationToken.None))
            {
                delivered++;
            }
        });

        Assert.AreEqual((expected.Line, expected.Column, expected.Offset), (actual.Line, actual.Column, actual.Offset));
        Assert.AreEqual(expected.Message, actual.Message);
        Assert.AreEqual(deliveredSequentially, delivered, "every triple before the error is delivered first");
        Assert.IsTrue(delivered > 50_000);
    }

    private static List<Quad> ReadSequentially(byte[] document) =>
        [.. new TurtleReader(new MemoryStream(document), Options, trig: false, _ => { }).Read(CancellationToken.None)];

    /// <summary>Statements with every lexical trap for a statement scanner, and directives all along the way.</summary>
    private static byte[] Generate(int statements, bool errorAtEnd)
    {
        var sb = new StringBuilder("\uFEFF@prefix ex: <http://example.org/> .\nPREFIX schema: <http://schema.org/>\n");
        for (int i = 0; i < statements; i++)
        {
            switch (i % 7)
            {
                case 0:
                    sb.Append($"ex:s{i} a schema:Thing ; schema:name \"name {i}. # not a comment\"@en ; ex:n {i}.\n");
                    break;
                case 1:
                    sb.Append($"<s{i}> ex:p \"\"\"long. \n string \"with\" quotes. \n\"\"\" , 'single. ' .  # comment with \" and . \n");
                    break;
                case 2:
                    sb.Append($"_:shared{i % 50} ex:knows [ ex:p ( 1.5 2 .3 \"x.\" ) ; ex:q <http://example.org/a.b#c> ] .\n");
                    break;
                case 3:
                    sb.Append($"ex:a\\.b{i} ex:p ex:o.{i}x , ex:v{i} ;\n    ex:d \"2026-11-27\"^^<http://www.w3.org/2001/XMLSchema#date> .\n");
                    break;
                case 4:
                    sb.Append($"ex:s{i} ex:p 1.0e3, -7, true, \"é😀.\" .\n");
                    break;
                case 5:
                    sb.Append(i % 1000 == 5 ? $"@base <http://example.org/base{i}/> .\nBASE <http://example.org/b{i}/>\n" : $"ex:s{i} ex:p <rel{i}> .\n");
                    break;
                default:
                    sb.Append($"ex:s{i} ex:p _:shared{i % 50} .\n");
                    break;
            }

            if (i == statements / 2)
            {
                sb.Append("@prefix late: <http://example.org/late/> .\n");
            }

            if (i > statements / 2 && i % 97 == 0)
            {
                sb.Append($"late:x{i} late:y late:z .\n");
            }
        }

        sb.Append(errorAtEnd ? "ex:s ex:p undefined:o .\nex:t ex:p ex:o .\n" : "ex:last ex:p ex:o .");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
