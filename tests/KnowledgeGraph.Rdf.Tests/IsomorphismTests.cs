using KnowledgeGraph.Rdf.Comparison;

namespace KnowledgeGraph.Rdf.Tests;

[TestClass]
public sealed class IsomorphismTests
{
    private static readonly Iri P = Iri.Parse("http://example.org/p");
    private static readonly Iri Q = Iri.Parse("http://example.org/q");
    private static readonly Iri A = Iri.Parse("http://example.org/a");

    [TestMethod]
    public void RenamedBlankNodesAreIsomorphic()
    {
        BlankNode x = new("x"), y = new("y"), u = new("u"), v = new("v");
        Triple[] left = [new(x, P, y), new(y, P, x), new(x, Q, A)];
        Triple[] right = [new(u, P, v), new(v, P, u), new(u, Q, A)];
        Assert.IsTrue(Isomorphism.AreIsomorphic(left, right));
    }

    [TestMethod]
    public void DifferentStructureIsNotIsomorphic()
    {
        BlankNode x = new("x"), y = new("y"), u = new("u"), v = new("v");
        Triple[] left = [new(x, P, y), new(y, P, x), new(x, Q, A)];
        Triple[] right = [new(u, P, v), new(v, P, u), new(v, Q, A)];
        Assert.IsTrue(Isomorphism.AreIsomorphic(left, right), "a 2-cycle is symmetric, so either end may carry q");

        Triple[] chain = [new(u, P, v), new(v, P, new BlankNode("w")), new(u, Q, A)];
        Assert.IsFalse(Isomorphism.AreIsomorphic(left, chain));
    }

    [TestMethod]
    public void RegularGraphsNeedBacktracking()
    {
        // Two 3-cycles versus one 6-cycle: every node looks alike to colour refinement.
        Triple[] Cycle(string prefix, int n, int offset = 0) =>
            [.. Enumerable.Range(0, n).Select(i => new Triple(new BlankNode(prefix + (i + offset)), P, new BlankNode(prefix + ((i + 1) % n + offset))))];
        Triple[] twoTriangles = [.. Cycle("a", 3), .. Cycle("b", 3, 3)];
        Triple[] hexagon = Cycle("c", 6);
        Assert.IsFalse(Isomorphism.AreIsomorphic(twoTriangles, hexagon));
        Assert.IsTrue(Isomorphism.AreIsomorphic(hexagon, Cycle("d", 6)));
    }

    [TestMethod]
    public void GraphNamesMatter()
    {
        var g = Iri.Parse("http://example.org/g");
        Quad[] left = [new(A, P, A, g)];
        Quad[] right = [new(A, P, A)];
        Assert.IsFalse(Isomorphism.AreIsomorphic(left, right));
    }
}
