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
}
