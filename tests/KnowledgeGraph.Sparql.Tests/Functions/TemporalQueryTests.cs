using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Storage;
using static KnowledgeGraph.Sparql.Tests.Functions.ExpressionRunner;

namespace KnowledgeGraph.Sparql.Tests.Functions;

/// <summary>Durations, dates and times in whole queries over stored data: FILTER, BIND, ORDER BY, aggregates.</summary>
[TestClass]
public sealed class TemporalQueryTests
{
    private static readonly Iri Published = Iri.Parse("http://e/published");
    private static readonly Iri Length = Iri.Parse("http://e/length");

    private static MemoryQuadStore Articles()
    {
        var store = new MemoryQuadStore();
        using IQuadTransaction tx = store.BeginTransaction();
        (string Date, string Length)[] articles =
        [
            ("2024-02-27", "PT3M"), ("2024-02-28", "PT1H"), ("2024-02-29", "PT90S"), ("2024-03-01", "PT45M"), ("2024-03-31", "P1D"),
        ];
        for (int i = 0; i < articles.Length; i++)
        {
            Iri article = Iri.Parse($"http://e/a{i}");
            tx.Add(new Quad(article, Published, Typed(articles[i].Date, "date")));
            tx.Add(new Quad(article, Length, Typed(articles[i].Length, "dayTimeDuration")));
        }

        tx.Commit();
        return store;
    }

    private static List<IReadOnlyList<Term?>> Select(MemoryQuadStore store, string query)
    {
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        return new SparqlEvaluator().Evaluate(SparqlParser.ParseQuery($"PREFIX xsd: <{Xsd}> PREFIX e: <http://e/> " + query), snapshot).Rows.ToList();
    }

    [TestMethod]
    public void FilterOnDateDifferencesAndOrderByDurations()
    {
        using MemoryQuadStore store = Articles();
        List<IReadOnlyList<Term?>> rows = Select(store, """
            SELECT ?a ?len {
              ?a e:published ?d ; e:length ?len
              FILTER('2024-03-01'^^xsd:date - ?d <= 'P2D'^^xsd:dayTimeDuration && ?d <= '2024-03-01'^^xsd:date)
            } ORDER BY DESC(?len)
            """);
        CollectionAssert.AreEqual(
            new Term?[] { Typed("PT1H", "dayTimeDuration"), Typed("PT45M", "dayTimeDuration"), Typed("PT90S", "dayTimeDuration") },
            rows.Select(r => r[1]).ToArray());
    }

    [TestMethod]
    public void MonthArithmeticInBind()
    {
        using MemoryQuadStore store = Articles();
        List<IReadOnlyList<Term?>> rows = Select(store, """
            SELECT ?next { e:a4 e:published ?d BIND(?d + 'P1M'^^xsd:yearMonthDuration AS ?next) }
            """);
        Assert.AreEqual(Typed("2024-04-30", "date"), rows.Single()[0]);
    }

    [TestMethod]
    public void AggregatesOverDurations()
    {
        using MemoryQuadStore store = Articles();
        IReadOnlyList<Term?> row = Select(store, """
            SELECT (SUM(?len) AS ?sum) (AVG(?len) AS ?avg) (MIN(?len) AS ?min) (MAX(?len) AS ?max) (MAX(?d) - MIN(?d) AS ?span)
            { ?a e:length ?len ; e:published ?d }
            """).Single();
        Assert.AreEqual(Typed("P1DT1H49M30S", "dayTimeDuration"), row[0]);
        Assert.AreEqual(Typed("PT5H9M54S", "dayTimeDuration"), row[1]);
        Assert.AreEqual(Typed("PT90S", "dayTimeDuration"), row[2]);
        Assert.AreEqual(Typed("P1D", "dayTimeDuration"), row[3]);
        Assert.AreEqual(Typed("P33D", "dayTimeDuration"), row[4]);
    }

    [TestMethod]
    public void SumOfDurationsAndNumbersIsAnError()
    {
        using MemoryQuadStore store = Articles();
        IReadOnlyList<Term?> row = Select(store, """
            SELECT (SUM(?v) AS ?sum) { { ?a e:length ?v } UNION { BIND(1 AS ?v) } }
            """).Single();
        Assert.IsNull(row[0]);
        row = Select(store, "SELECT (SUM(?v) AS ?sum) { VALUES ?v { 'P1Y'^^xsd:yearMonthDuration 'P2M'^^xsd:yearMonthDuration } }").Single();
        Assert.AreEqual(Typed("P1Y2M", "yearMonthDuration"), row[0]);
        row = Select(store, "SELECT (AVG(?v) AS ?avg) { VALUES ?v { 'P1Y'^^xsd:duration 'P2M'^^xsd:duration } }").Single();
        Assert.IsNull(row[0], "xsd:duration cannot be divided");
    }
}
