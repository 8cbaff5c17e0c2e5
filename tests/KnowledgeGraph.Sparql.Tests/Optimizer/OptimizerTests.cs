using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql.Tests.Optimizer;

[TestClass]
public sealed class OptimizerTests
{
    [TestMethod]
    public void SelectivePatternComesFirstAndFiltersMoveIntoJoins()
    {
        using var store = new MemoryQuadStore();
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            Iri common = Iri.Parse("http://e/common");
            Iri rare = Iri.Parse("http://e/rare");
            for (int i = 0; i < 200; i++)
            {
                tx.Add(new Quad(Iri.Parse($"http://e/s{i}"), common, Literal.Create((long)i)));
            }

            tx.Add(new Quad(Iri.Parse("http://e/s1"), rare, new Literal("x")));
            tx.Commit();
        }

        using IQuadSnapshot snapshot = store.OpenSnapshot();
        SparqlQuery q = SparqlParser.ParseQuery(
            "SELECT * { ?s <http://e/common> ?v . ?s <http://e/rare> ?r OPTIONAL { ?s <http://e/other> ?z } FILTER(?v > 1 + 1) }");
        string plan = new SparqlEvaluator().Explain(q, snapshot).OptimizedAlgebra.ToSse();
        int rareAt = plan.IndexOf("<http://e/rare>", StringComparison.Ordinal);
        int commonAt = plan.IndexOf("<http://e/common>", StringComparison.Ordinal);
        Assert.IsLessThan(commonAt, rareAt, plan);
        StringAssert.Contains(plan, "(> ?v \"2\"^^<http://www.w3.org/2001/XMLSchema#integer>)", "constant folding");
    }

    [TestMethod]
    public void FiltersOnTheLeftSideMoveBelowOptionalAndMinus()
    {
        using var store = new MemoryQuadStore();
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            for (int i = 0; i < 200; i++)
            {
                tx.Add(new Quad(Iri.Parse($"http://e/s{i}"), Iri.Parse("http://e/common"), Literal.Create((long)i)));
                if (i % 20 == 0)
                {
                    tx.Add(new Quad(Iri.Parse($"http://e/s{i}"), Iri.Parse("http://e/label"), new Literal("l")));
                }
            }

            tx.Add(new Quad(Iri.Parse("http://e/s7"), Iri.Parse("http://e/rare"), new Literal("x")));
            tx.Commit();
        }

        using IQuadSnapshot snapshot = store.OpenSnapshot();
        SparqlQuery q = SparqlParser.ParseQuery(
            "PREFIX : <http://e/> SELECT (COUNT(*) AS ?n) { ?s :common ?v OPTIONAL { ?s :rare ?r } MINUS { ?s :label ?l } FILTER(?v > 5) FILTER(!BOUND(?r)) }");
        var evaluator = new SparqlEvaluator();
        string optimized = evaluator.Explain(q, snapshot).OptimizedAlgebra.ToSse();

        // ?v is bound by every left solution, so (> ?v 5) filters them before OPTIONAL and MINUS; !BOUND(?r) reads
        // a variable only OPTIONAL binds and stays on top.
        string oneLine = string.Join(' ', optimized.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        StringAssert.Contains(
            oneLine,
            "(filter (! (bound ?r)) (minus (leftjoin (filter (> ?v \"5\"^^<http://www.w3.org/2001/XMLSchema#integer>) (bgp (triple ?s <http://e/common> ?v)))",
            optimized);

        // s6 … s199 (194), without the 9 with a label (s20 … s180) and s7, which has :rare.
        Assert.AreEqual(Literal.Create(184L), evaluator.Evaluate(q, snapshot).Rows.Single()[0]);
    }
}
