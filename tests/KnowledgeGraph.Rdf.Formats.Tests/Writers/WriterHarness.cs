using System.Text;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.NQuads;
using KnowledgeGraph.Rdf.Formats.NTriples;
using KnowledgeGraph.Rdf.Formats.TriG;
using KnowledgeGraph.Rdf.Formats.Turtle;

namespace KnowledgeGraph.Rdf.Formats.Tests.Writers;

/// <summary>Runs writers into strings and parses their output back.</summary>
internal static class WriterHarness
{
    public static readonly Iri Ex = Iri.Parse("http://example.org/");

    public static Iri I(string local) => Iri.Parse("http://example.org/" + local);

    public static string ToNTriples(IEnumerable<Quad> quads, RdfWriterOptions? options = null) =>
        Write(s => new NTriplesWriter(s, options ?? RdfWriterOptions.Default), quads);

    public static string ToNQuads(IEnumerable<Quad> quads, RdfWriterOptions? options = null) =>
        Write(s => new NQuadsWriter(s, options ?? RdfWriterOptions.Default), quads);

    public static string ToTurtle(IEnumerable<Quad> quads, RdfWriterOptions? options = null) =>
        Write(s => new TurtleWriter(s, options ?? RdfWriterOptions.Default), quads);

    public static string ToTriG(IEnumerable<Quad> quads, RdfWriterOptions? options = null) =>
        Write(s => new TriGWriter(s, options ?? RdfWriterOptions.Default), quads);

    public static string ToTurtle(IEnumerable<Triple> triples, RdfWriterOptions? options = null) =>
        ToTurtle(triples.Select(t => new Quad(t)), options);

    public static string Write(Func<Stream, RdfWriter> create, IEnumerable<Quad> quads)
    {
        using var stream = new MemoryStream();
        using (RdfWriter writer = create(stream))
        {
            writer.WriteAll(quads);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static List<Quad> ParseTurtle(string text, Iri? baseIri = null) =>
        [.. new TurtleParser(RdfParserOptions.Default with { BaseIri = baseIri }).ParseText(text)];

    public static List<Quad> ParseTriG(string text, Iri? baseIri = null) =>
        [.. new TriGParser(RdfParserOptions.Default with { BaseIri = baseIri }).ParseText(text)];

    public static List<Quad> ParseNQuads(string text) => [.. new NQuadsParser().ParseText(text)];

    /// <summary>Writes Turtle, parses it back and checks the graph is the same; returns the Turtle.</summary>
    public static string AssertTurtleRoundTrip(IEnumerable<Quad> quads, RdfWriterOptions? options = null)
    {
        List<Quad> input = [.. quads];
        string text = ToTurtle(input, options);
        List<Quad> back = ParseTurtle(text, options?.BaseIri);
        Assert.IsTrue(Isomorphism.AreIsomorphic(input.Distinct(), back), $"Turtle did not round-trip:\n{text}");
        return text;
    }

    public static string AssertTurtleRoundTrip(IEnumerable<Triple> triples, RdfWriterOptions? options = null) =>
        AssertTurtleRoundTrip(triples.Select(t => new Quad(t)), options);

    /// <summary>Writes TriG, parses it back and checks the dataset is the same; returns the TriG.</summary>
    public static string AssertTriGRoundTrip(IEnumerable<Quad> quads, RdfWriterOptions? options = null)
    {
        List<Quad> input = [.. quads];
        string text = ToTriG(input, options);
        List<Quad> back = ParseTriG(text, options?.BaseIri);
        Assert.IsTrue(Isomorphism.AreIsomorphic(input.Distinct(), back), $"TriG did not round-trip:\n{text}");
        return text;
    }

    /// <summary>The same list in a scrambled but reproducible order.</summary>
    public static List<T> Shuffled<T>(IEnumerable<T> items, int seed)
    {
        var list = items.ToList();
        var random = new Random(seed);
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    /// <summary>Gives every blank node of the quads a new label, as a second parse of the same file would.</summary>
    public static List<Quad> Relabelled(IEnumerable<Quad> quads, string prefix)
    {
        var map = new Dictionary<BlankNode, BlankNode>();
        return [.. quads.Select(q => new Quad(Map(q.Subject), q.Predicate, Map(q.Object), q.Graph is null ? null : Map(q.Graph)))];

        Term Map(Term t) => t switch
        {
            BlankNode b => map.TryGetValue(b, out BlankNode? m) ? m : map[b] = new BlankNode(prefix + map.Count),
            TripleTerm tt => new TripleTerm(new Triple(Map(tt.Triple.Subject), tt.Triple.Predicate, Map(tt.Triple.Object))),
            _ => t,
        };
    }
}
