using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// The physical plan that <c>--explain</c> prints is the tree that runs: join algorithm, pattern order, access paths,
/// filter placement, top-k, path strategy, and the figures of an analyzed run.
/// </summary>
[TestClass]
public sealed class PhysicalPlanTests
{
    private const string Prefix = "PREFIX : <http://e/>\n";

    private static MemoryQuadStore s_store = null!;

    /// <summary>200 subjects with :common, one with :rare, a :next chain, and :label on ten of them.</summary>
    [ClassInitialize]
    public static void CreateStore(TestContext context)
    {
        s_store = new MemoryQuadStore();
        using IQuadTransaction tx = s_store.BeginTransaction();
        for (int i = 0; i < 200; i++)
        {
            tx.Add(new Quad(E($"s{i}"), E("common"), Literal.Create((long)i)));
            tx.Add(new Quad(E($"s{i}"), E("next"), E($"s{(i + 1) % 200}")));
            if (i % 20 == 0)
            {
                tx.Add(new Quad(E($"s{i}"), E("label"), new Literal($"label {i}")));
            }
        }

        tx.Add(new Quad(E("s7"), E("rare"), new Literal("x")));
        tx.Commit();
    }

    [ClassCleanup]
    public static void DisposeStore() => s_store.Dispose();

    private static Iri E(string local) => Iri.Parse("http://e/" + local);

    private static string Plan(string query)
    {
        using IQuadSnapshot snapshot = s_store.OpenSnapshot();
        return new SparqlEvaluator().Explain(SparqlParser.ParseQuery(Prefix + query), snapshot).Plan.ToText();
    }

    private static List<IReadOnlyList<Term?>> Rows(string query)
    {
        using IQuadSnapshot snapshot = s_store.OpenSnapshot();
        return [.. new SparqlEvaluator().Evaluate(SparqlParser.ParseQuery(Prefix + query), snapshot).Rows];
    }

    /// <summary>The lines of the plan, without indentation.</summary>
    private static string[] Lines(string plan) => plan.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToArray();

    [TestMethod]
    public void PatternsRunRarestFirstWithTheirAccessPathsAndEstimates()
    {
        string[] lines = Lines(Plan("SELECT ?v { ?s :common ?v . ?s :rare ?r }"));
        Assert.AreEqual("Project ?v  (est. 1 row)", lines[0]);
        Assert.AreEqual("BgpScan, 2 patterns by index nested loops, in this order  (est. 1 row)", lines[1]);
        Assert.AreEqual("| 1. ?s :rare ?r   [lookup P; est. 1]", lines[2]);

        // ?s is bound by the first pattern: one lookup by subject and predicate, 200 quads over 200 subjects.
        Assert.AreEqual("| 2. ?s :common ?v   [lookup S P; est. 1 per row]", lines[3]);
        Assert.HasCount(4, lines);
    }

    [TestMethod]
    public void AFilterIsTestedRightAfterThePatternThatBindsItsVariable()
    {
        const string Query = "SELECT ?s { ?s :next ?n . ?s :common ?v . ?n :label ?l FILTER(?v < 20) FILTER(?l != \"x\") }";
        string[] lines = Lines(Plan(Query));
        CollectionAssert.AreEqual(
            new[]
            {
                "Project ?s  (est. 0.63 rows)",
                "BgpScan, 3 patterns by index nested loops, in this order  (est. 0.63 rows)",
                "| 1. ?n :label ?l   [lookup P; est. 10]",
                "|    filter (!= ?l \"x\")",
                "| 2. ?s :next ?n   [lookup P O; est. 1 per row]",
                "| 3. ?s :common ?v   [lookup S P; est. 1 per row]",
                "|    filter (< ?v 20)",
            },
            lines);
        List<IReadOnlyList<Term?>> rows = Rows(Query);
        Assert.HasCount(1, rows, "of s0 … s19 only s19 has a successor with a label (s20)");
        Assert.AreEqual(E("s19"), rows[0][0]);
    }

    [TestMethod]
    public void ABgpOrAFilteredBgpOnTheRightIsAnIndexNestedLoopJoin()
    {
        const string Query = "SELECT ?n { ?s :rare ?r { ?s :next ?n FILTER(?n != :s3) } }";
        CollectionAssert.AreEqual(
            new[]
            {
                "Project ?n  (est. 0.25 rows)",
                "IndexNestedLoopJoin: each outer row's bindings pushed into the inner lookups  (est. 0.25 rows)",
                "outer: BgpScan, 1 pattern  (est. 1 row)",
                "| 1. ?s :rare ?r   [lookup P; est. 1]",

                // The inner pattern is looked up with ?s bound by the outer row.
                "inner, per outer row: BgpScan, 1 pattern  (est. 0.25 rows)",
                "| 1. ?s :next ?n   [lookup S P; est. 1]",
                "|    filter (!= ?n :s3)",
            },
            Lines(Plan(Query)),
            Plan(Query));
        Assert.AreEqual(E("s8"), Rows(Query).Single()[0]);
    }

    [TestMethod]
    public void TheInnerSideIsOrderedKnowingTheOuterRowsVariables()
    {
        // Alone, :label (10 quads) would come first; with ?s bound by the outer row, :next is one lookup.
        const string Query = "SELECT ?l { ?s :rare ?r OPTIONAL { ?n :label ?l . ?s :next ?n } FILTER EXISTS { ?m :label ?k . ?s :next ?m } }";
        string[] lines = Lines(Plan(Query));
        CollectionAssert.AreEqual(
            new[]
            {
                "optional, per outer row: BgpScan, 2 patterns by index nested loops, in this order  (est. 1 row)",
                "| 1. ?s :next ?n   [lookup S P; est. 1]",
                "| 2. ?n :label ?l   [lookup S P; est. 1 per row]",
            },
            lines[5..8],
            string.Join('\n', lines));
        CollectionAssert.AreEqual(
            new[]
            {
                "exists, per row: BgpScan, 2 patterns by index nested loops, in this order  (est. 1 row)",
                "| 1. ?s :next ?m   [lookup S P; est. 1]",
                "| 2. ?m :label ?k   [lookup S P; est. 1 per row]",
            },
            lines[8..11],
            string.Join('\n', lines));
        Assert.IsEmpty(Rows(Query), "s7's successor s8 has no label");
    }

    [TestMethod]
    public void ASubqueryOnTheRightIsAHashJoinOnTheSharedVariable()
    {
        const string Query = "SELECT ?c { ?s :rare ?r { SELECT ?s (COUNT(*) AS ?c) { ?s :next ?n } GROUP BY ?s } }";
        string[] lines = Lines(Plan(Query));
        Assert.AreEqual("HashJoin on ?s", lines[1]);
        Assert.AreEqual("probe: BgpScan, 1 pattern  (est. 1 row)", lines[2]);
        Assert.AreEqual("build: Project ?s ?c", lines[4]);
        Assert.AreEqual("HashAggregate, keys ?s", lines[6]);
        Assert.AreEqual(Literal.Create(1L), Rows(Query).Single()[0]);
    }

    [TestMethod]
    public void AFilterReadingAnOuterVariableKeepsTheJoinAHashJoin()
    {
        // ?s is not in scope inside the group, so the filter is an error there and drops every row (§18.2.2.5);
        // pushing the outer row in would let it see ?s and change the result.
        const string Query = "SELECT * { ?s :rare ?r { ?x :next ?n FILTER(?s = ?x) } }";
        string[] lines = Lines(Plan(Query));
        Assert.AreEqual("HashJoin without a shared always-bound variable: cross product checked for compatibility", lines[1]);
        Assert.AreEqual("build: BgpScan, 1 pattern  (est. 50 rows)", lines[4]);
        Assert.IsEmpty(Rows(Query));
    }

    [TestMethod]
    public void OptionalIsAnIndexNestedLoopLeftJoinAndExistsHasItsOwnPlan()
    {
        const string Query = "SELECT ?s { ?s :rare ?r OPTIONAL { ?s :label ?l } FILTER NOT EXISTS { ?s :next :s0 } }";
        CollectionAssert.AreEqual(
            new[]
            {
                "Project ?s",
                "Filter (notexists (bgp (triple ?s :next :s0)))",
                "IndexNestedLoopLeftJoin: each outer row's bindings pushed into the optional side  (est. 1 row)",
                "outer: BgpScan, 1 pattern  (est. 1 row)",
                "| 1. ?s :rare ?r   [lookup P; est. 1]",
                "optional, per outer row: BgpScan, 1 pattern  (est. 1 row)",
                "| 1. ?s :label ?l   [lookup S P; est. 1]",
                "not exists, per row: BgpScan, 1 pattern  (est. 0.01 rows)",
                "| 1. ?s :next :s0   [check S P O; est. 0.01]",
            },
            Lines(Plan(Query)),
            Plan(Query));
        Assert.AreEqual(E("s7"), Rows(Query).Single()[0]);
    }

    [TestMethod]
    public void LimitOverOrderByKeepsOnlyTheTopRows()
    {
        StringAssert.Contains(Plan("SELECT ?s { ?s :common ?v } ORDER BY DESC(?v) LIMIT 5 OFFSET 2"), "TopKSort, keeps the first 7 in a heap, by (desc ?v)");
        StringAssert.Contains(Plan("SELECT ?s { ?s :common ?v } ORDER BY DESC(?v)"), "Sort, all rows, by (desc ?v)");
        StringAssert.Contains(Plan("SELECT DISTINCT ?s { ?s :common ?v } ORDER BY DESC(?v) LIMIT 5"), "Sort, all rows", "DISTINCT needs more than k sorted rows");

        // Ties (every ?k is 1) keep the input order, as the full sort does.
        List<IReadOnlyList<Term?>> all = Rows("SELECT ?s ?k { ?s :common ?v BIND(1 AS ?k) } ORDER BY ?k");
        List<IReadOnlyList<Term?>> top = Rows("SELECT ?s ?k { ?s :common ?v BIND(1 AS ?k) } ORDER BY ?k LIMIT 6 OFFSET 3");
        CollectionAssert.AreEqual(all.Skip(3).Take(6).Select(r => r[0]).ToList(), top.Select(r => r[0]).ToList());
        List<IReadOnlyList<Term?>> desc = Rows("SELECT ?v { ?s :common ?v } ORDER BY DESC(?v) LIMIT 3");
        CollectionAssert.AreEqual(new Term?[] { Literal.Create(199L), Literal.Create(198L), Literal.Create(197L) }, desc.Select(r => r[0]).ToList());
    }

    [TestMethod]
    public void PathsSayWhereTheSearchStarts()
    {
        StringAssert.Contains(Plan("SELECT * { :s0 :next* ?x }"), "breadth-first search from the subject, visited set (cycle-safe); step: (lookup :next by S P)");
        StringAssert.Contains(Plan("SELECT * { ?x :next+ :s0 }"), "breadth-first search backwards from the object, visited set (cycle-safe); step: (lookup :next by P O)");
        StringAssert.Contains(Plan("SELECT * { :s0 (:next/:label)+ ?x }"), "step: (sequence left to right: (lookup :next by S P) then per middle node (lookup :label by S P))");
        StringAssert.Contains(Plan("SELECT * { ?x (:next/:next)+ :s0 }"), "step: (sequence right to left: (lookup :next by P O) then per middle node (lookup :next by P O))");
        StringAssert.Contains(Plan("SELECT * { ?x (:label|^:next) ?y }"), "alternatives concatenated: (lookup :label by P) | (inverse of (lookup :next by P))");
    }

    [TestMethod]
    public void AnalyzeCountsRowsAndCallsPerOperator()
    {
        using IQuadSnapshot snapshot = s_store.OpenSnapshot();
        QueryExplanation explained = new SparqlEvaluator().Analyze(
            SparqlParser.ParseQuery(Prefix + "SELECT ?s { ?s :label ?l OPTIONAL { ?s :rare ?r } }"), snapshot);
        Assert.IsTrue(explained.Plan.IsAnalyzed);
        Assert.AreEqual(10, explained.Plan.ResultCount);
        string[] lines = Lines(explained.Plan.ToText());
        StringAssert.StartsWith(lines[1], "IndexNestedLoopLeftJoin");
        StringAssert.Contains(lines[1], "[actual 10 rows, 1 call, ");
        StringAssert.StartsWith(lines[2], "outer: BgpScan, 1 pattern  (est. 10 rows)  [actual 10 rows, 1 call, ", "the outer scan");
        StringAssert.StartsWith(lines[4], "optional, per outer row: BgpScan, 1 pattern  (est. 1 row)  [actual 0 rows, 10 calls, ", "once per outer row");
        StringAssert.StartsWith(lines[^1], "total: 10 result rows in ");
        string text = explained.ToText();
        Assert.IsLessThan(text.IndexOf("# Optimized algebra", StringComparison.Ordinal), text.IndexOf("# Algebra", StringComparison.Ordinal));
        StringAssert.Contains(text, "# Physical plan (analyzed");
    }
}
