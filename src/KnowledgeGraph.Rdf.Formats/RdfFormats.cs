using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Rdf.Formats.NQuads;
using KnowledgeGraph.Rdf.Formats.NTriples;
using KnowledgeGraph.Rdf.Formats.RdfXml;
using KnowledgeGraph.Rdf.Formats.TriG;
using KnowledgeGraph.Rdf.Formats.Turtle;

namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// The RDF syntaxes KnowledgeGraph reads and writes, found by name, file extension or media type.
/// Every command and the server's content negotiation use this one table.
/// </summary>
public static class RdfFormats
{
    /// <summary>N-Triples: <c>.nt</c>, <c>application/n-triples</c>.</summary>
    public static RdfFormat NTriples { get; } = new(
        "ntriples", "N-Triples", ["application/n-triples", "text/plain"], [".nt"], supportsDatasets: false,
        o => new NTriplesParser(o), (s, o) => new NTriplesWriter(s, o));

    /// <summary>N-Quads: <c>.nq</c>, <c>application/n-quads</c>.</summary>
    public static RdfFormat NQuads { get; } = new(
        "nquads", "N-Quads", ["application/n-quads"], [".nq"], supportsDatasets: true,
        o => new NQuadsParser(o), (s, o) => new NQuadsWriter(s, o));

    /// <summary>Turtle: <c>.ttl</c>, <c>text/turtle</c>.</summary>
    public static RdfFormat Turtle { get; } = new(
        "turtle", "Turtle", ["text/turtle", "application/x-turtle"], [".ttl", ".turtle"], supportsDatasets: false,
        o => new TurtleParser(o), (s, o) => new TurtleWriter(s, o));

    /// <summary>TriG: <c>.trig</c>, <c>application/trig</c>.</summary>
    public static RdfFormat TriG { get; } = new(
        "trig", "TriG", ["application/trig", "application/x-trig"], [".trig"], supportsDatasets: true,
        o => new TriGParser(o), (s, o) => new TriGWriter(s, o));

    /// <summary>RDF/XML: <c>.rdf</c>, <c>.owl</c>, <c>application/rdf+xml</c>. Read-only: <see cref="RdfFormat.CanWrite"/> is false.</summary>
    public static RdfFormat RdfXml { get; } = new(
        "rdfxml", "RDF/XML", ["application/rdf+xml"], [".rdf", ".owl"], supportsDatasets: false,
        o => new RdfXmlParser(o), createWriter: null);

    /// <summary>Every format, in the order help texts list them.</summary>
    public static IReadOnlyList<RdfFormat> All { get; } = [NTriples, NQuads, Turtle, TriG, RdfXml];

    /// <summary>The format with that name (case-insensitive; <c>nt</c>, <c>nq</c>, <c>ttl</c> work too).</summary>
    public static bool TryFindByName(string name, [NotNullWhen(true)] out RdfFormat? format)
    {
        ArgumentNullException.ThrowIfNull(name);
        string n = name.Trim().TrimStart('.');
        format = All.FirstOrDefault(f => string.Equals(f.Name, n, StringComparison.OrdinalIgnoreCase)
            || string.Equals(f.DisplayName, n, StringComparison.OrdinalIgnoreCase)
            || f.Extensions.Any(e => string.Equals(e[1..], n, StringComparison.OrdinalIgnoreCase)));
        return format is not null;
    }

    /// <summary>The format a file name's extension stands for.</summary>
    public static bool TryFindByExtension(string path, [NotNullWhen(true)] out RdfFormat? format)
    {
        ArgumentNullException.ThrowIfNull(path);
        string ext = Path.GetExtension(path);
        format = All.FirstOrDefault(f => f.Extensions.Contains(ext, StringComparer.OrdinalIgnoreCase));
        return format is not null;
    }

    /// <summary>The format for a media type (parameters such as <c>;charset=utf-8</c> are ignored).</summary>
    public static bool TryFindByMediaType(string mediaType, [NotNullWhen(true)] out RdfFormat? format)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        string type = mediaType.Split(';')[0].Trim();
        format = All.FirstOrDefault(f => f.MediaTypes.Contains(type, StringComparer.OrdinalIgnoreCase));
        return format is not null;
    }
}
