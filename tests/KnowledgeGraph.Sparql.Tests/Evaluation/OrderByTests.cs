using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>ORDER BY over values of different kinds (§15.1): a total order that agrees with &lt; where it is defined.</summary>
[TestClass]
public sealed class OrderByTests
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    /// <summary>Values whose pairwise fallbacks were once not transitive: numbers vs numeric-looking strings, timezones; times, durations.</summary>
    private static readonly string[] s_values =
    [
        "10", "9", "\"5\"", "\"10\"", "2.5e0", "\"NaN\"^^<" + Xsd + "double>", "-1.5",
        "\"2024-01-01T13:00:00+02:00\"^^<" + Xsd + "dateTime>", "\"2024-01-01T12:00:00Z\"^^<" + Xsd + "dateTime>",
        "\"2024-01-01T11:30:00\"^^<" + Xsd + "dateTime>", "\"2024-01-01T12:30\"", "\"2024-01-01\"^^<" + Xsd + "date>",
        "\"abc\"", "\"abc\"@en", "\"Abc\"@de", "true", "false", "\"1\"^^<" + Xsd + "boolean>",
        "\"zzz\"^^<http://e/custom>", "\"x\"^^<" + Xsd + "integer>", "<http://e/iri>",
        "\"10:00:00Z\"^^<" + Xsd + "time>", "\"09:00:00\"^^<" + Xsd + "time>", "\"P1M\"^^<" + Xsd + "yearMonthDuration>",
        "\"P20D\"^^<" + Xsd + "dayTimeDuration>", "\"P40D\"^^<" + Xsd + "dayTimeDuration>", "\"P1Y\"^^<" + Xsd + "duration>",
        "\"P12M\"^^<" + Xsd + "yearMonthDuration>", "\"-PT1H\"^^<" + Xsd + "dayTimeDuration>",
    ];

    private static List<string> Sorted(IEnumerable<string> values, bool descending = false)
    {
        using var store = new MemoryQuadStore();
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        string query = $"SELECT ?v {{ VALUES ?v {{ {string.Join(' ', values)} }} }} ORDER BY {(descending ? "DESC(?v)" : "?v")}";
        return [.. new SparqlEvaluator().Evaluate(SparqlParser.ParseQuery(query), snapshot).Rows.Select(r => r[0]!.ToString())];
    }

    [TestMethod]
    public void KindsComeInAFixedOrderAndValuesByValueWithinThem()
    {
        CollectionAssert.AreEqual(
            new[]
            {
                "<http://e/iri>",
                "\"NaN\"^^<" + Xsd + "double>",
                "\"-1.5\"^^<" + Xsd + "decimal>",
                "\"2.5e0\"^^<" + Xsd + "double>",
                "\"9\"^^<" + Xsd + "integer>",
                "\"10\"^^<" + Xsd + "integer>",
                "\"2024-01-01T13:00:00+02:00\"^^<" + Xsd + "dateTime>", // 11:00 UTC
                "\"2024-01-01T11:30:00\"^^<" + Xsd + "dateTime>", // no timezone: taken as UTC
                "\"2024-01-01T12:00:00Z\"^^<" + Xsd + "dateTime>",
                "\"2024-01-01\"^^<" + Xsd + "date>",
                "\"09:00:00\"^^<" + Xsd + "time>", // no timezone: taken as UTC
                "\"10:00:00Z\"^^<" + Xsd + "time>",
                "\"-PT1H\"^^<" + Xsd + "dayTimeDuration>", // durations: months weighted by the average month, then seconds
                "\"P20D\"^^<" + Xsd + "dayTimeDuration>",
                "\"P1M\"^^<" + Xsd + "yearMonthDuration>",
                "\"P40D\"^^<" + Xsd + "dayTimeDuration>",
                "\"P12M\"^^<" + Xsd + "yearMonthDuration>", // equal values: by lexical form
                "\"P1Y\"^^<" + Xsd + "duration>",
                "\"10\"",
                "\"2024-01-01T12:30\"",
                "\"5\"",
                "\"Abc\"@de",
                "\"abc\"",
                "\"abc\"@en",
                "\"false\"^^<" + Xsd + "boolean>",
                "\"1\"^^<" + Xsd + "boolean>",
                "\"true\"^^<" + Xsd + "boolean>",
                "\"x\"^^<" + Xsd + "integer>",
                "\"zzz\"^^<http://e/custom>",
            },
            Sorted(s_values));
    }

    [TestMethod]
    public void TheOrderDoesNotDependOnTheInputOrder()
    {
        List<string> expected = Sorted(s_values);
        var random = new Random(42);
        for (int i = 0; i < 50; i++)
        {
            string[] shuffled = [.. s_values];
            random.Shuffle(shuffled);
            CollectionAssert.AreEqual(expected, Sorted(shuffled), string.Join(' ', shuffled));
        }

        List<string> descending = Sorted(s_values, descending: true);
        descending.Reverse();
        CollectionAssert.AreEqual(expected, descending);
    }
}
