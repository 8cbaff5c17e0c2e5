using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>Generated quads for the tests: few distinct terms, so patterns share terms in every position.</summary>
internal static class TestQuads
{
    public static Iri Iri(string local) => Rdf.Iri.Parse("http://example.org/" + local);

    public static Quad Q(string s, string p, string o, string? g = null) =>
        new(Iri(s), Iri(p), Iri(o), g is null ? null : Iri(g));

    public static List<Quad> Random(int count, int seed, int subjects = 20, int predicates = 5, int objects = 20, int graphs = 3)
    {
        var random = new Random(seed);
        var set = new HashSet<Quad>();
        while (set.Count < count)
        {
            Term obj = random.Next(4) == 0
                ? new Literal("v" + random.Next(objects), random.Next(2) == 0 ? "en" : "de")
                : Iri("o" + random.Next(objects));
            int g = random.Next(graphs + 1);
            set.Add(new Quad(Iri("s" + random.Next(subjects)), Iri("p" + random.Next(predicates)), obj, g == 0 ? null : Iri("g" + g)));
        }

        return [.. set];
    }
}
