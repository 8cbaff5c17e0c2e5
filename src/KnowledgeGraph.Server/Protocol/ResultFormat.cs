using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>
/// A representation of query results the endpoint can send: the four SPARQL results formats for solutions and
/// booleans, and every RDF syntax of <see cref="RdfFormats"/> for graphs.
/// </summary>
internal sealed class ResultFormat
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Action<Stream, SparqlResults, PrefixMap> _write;

    private ResultFormat(string name, string contentType, Action<Stream, SparqlResults, PrefixMap> write, RdfFormat? rdf = null)
    {
        Name = name;
        ContentType = contentType;
        _write = write;
        Rdf = rdf;
    }

    public static ResultFormat Json { get; } = new("json", "application/sparql-results+json", (s, r, _) => SparqlJsonResultsWriter.Write(s, r));

    public static ResultFormat Xml { get; } = new("xml", "application/sparql-results+xml", (s, r, _) => SparqlXmlResultsWriter.Write(s, r));

    public static ResultFormat Csv { get; } = new("csv", "text/csv; charset=utf-8", (s, r, _) => WriteText(s, w => SparqlCsvResultsWriter.Write(w, r)));

    public static ResultFormat Tsv { get; } = new("tsv", "text/tab-separated-values; charset=utf-8", (s, r, _) => WriteText(s, w => SparqlTsvResultsWriter.Write(w, r)));

    /// <summary>Offers for SELECT results, preferred first.</summary>
    public static IReadOnlyList<(string MediaType, ResultFormat Value)> BindingOffers { get; } =
    [
        ("application/sparql-results+json", Json), ("application/sparql-results+xml", Xml), ("text/csv", Csv),
        ("text/tab-separated-values", Tsv), ("application/json", Json), ("application/xml", Xml), ("text/xml", Xml),
    ];

    /// <summary>Offers for ASK results: CSV and TSV define no boolean form (SPARQL 1.1 CSV/TSV §1).</summary>
    public static IReadOnlyList<(string MediaType, ResultFormat Value)> BooleanOffers { get; } =
    [
        ("application/sparql-results+json", Json), ("application/sparql-results+xml", Xml),
        ("application/json", Json), ("application/xml", Xml), ("text/xml", Xml),
    ];

    /// <summary>Offers for CONSTRUCT and DESCRIBE results: Turtle first, then every other RDF syntax that can be written.</summary>
    public static IReadOnlyList<(string MediaType, ResultFormat Value)> GraphOffers { get; } = RdfOffers(
        [RdfFormats.Turtle, .. RdfFormats.All.Where(f => f.CanWrite && f != RdfFormats.Turtle)]);

    /// <summary>Offers for a whole dataset (named graphs included): TriG first.</summary>
    public static IReadOnlyList<(string MediaType, ResultFormat Value)> DatasetOffers { get; } = RdfOffers(
        [RdfFormats.TriG, .. RdfFormats.All.Where(f => f.CanWrite && f.SupportsDatasets && f != RdfFormats.TriG)]);

    /// <summary>The short name, e.g. <c>json</c> or <c>turtle</c>.</summary>
    public string Name { get; }

    /// <summary>The Content-Type header value.</summary>
    public string ContentType { get; }

    /// <summary>The RDF syntax, for graph formats.</summary>
    public RdfFormat? Rdf { get; }

    public static IReadOnlyList<(string MediaType, ResultFormat Value)> OffersFor(SparqlResultsKind kind) => kind switch
    {
        SparqlResultsKind.Bindings => BindingOffers,
        SparqlResultsKind.Boolean => BooleanOffers,
        _ => GraphOffers,
    };

    /// <summary>
    /// The format a <c>format</c> parameter names among the offers: a short name (<c>json</c>, <c>csv</c>,
    /// <c>turtle</c>, <c>nt</c> ...) or a media type.
    /// </summary>
    public static ResultFormat? FindByName(string name, IReadOnlyList<(string MediaType, ResultFormat Value)> offers)
    {
        string n = name.Trim();
        if (n.Contains('/', StringComparison.Ordinal))
        {
            string type = n.Split(';')[0].Trim();
            return offers.FirstOrDefault(o => string.Equals(o.MediaType, type, StringComparison.OrdinalIgnoreCase)).Value;
        }

        if (RdfFormats.TryFindByName(n, out RdfFormat? rdf))
        {
            return offers.FirstOrDefault(o => o.Value.Rdf == rdf).Value;
        }

        return offers.FirstOrDefault(o => string.Equals(o.Value.Name, n, StringComparison.OrdinalIgnoreCase)).Value;
    }

    /// <summary>Picks the format from a <c>format</c> override, else from the Accept header; null when none fits (406).</summary>
    public static ResultFormat? Negotiate(string? formatParameter, string? accept, IReadOnlyList<(string MediaType, ResultFormat Value)> offers) =>
        string.IsNullOrWhiteSpace(formatParameter) ? ContentNegotiation.Choose(accept, offers) : FindByName(formatParameter, offers);

    /// <summary>Writes results (solutions, a boolean, or triples) in this format.</summary>
    public void Write(Stream output, SparqlResults results, PrefixMap prefixes) => _write(output, results, prefixes);

    /// <summary>Writes quads in this (RDF) format.</summary>
    public void WriteQuads(Stream output, IEnumerable<Quad> quads, PrefixMap prefixes)
    {
        RdfFormat rdf = Rdf ?? throw new InvalidOperationException($"{Name} is not an RDF syntax");
        using RdfWriter writer = rdf.CreateWriter(output, RdfWriterOptions.Default with { Prefixes = prefixes });
        writer.WriteAll(quads);
    }

    private static List<(string, ResultFormat)> RdfOffers(IEnumerable<RdfFormat> formats)
    {
        var offers = new List<(string, ResultFormat)>();
        foreach (RdfFormat f in formats)
        {
            ResultFormat format = null!;
            format = new ResultFormat(
                f.Name,
                f.MediaTypes[0] + (f.MediaTypes[0].StartsWith("text/", StringComparison.Ordinal) ? "; charset=utf-8" : ""),
                (s, r, p) => format.WriteQuads(s, r.Triples.Select(t => new Quad(t)), p),
                f);
            offers.AddRange(f.MediaTypes.Select(m => (m, format)));
        }

        return offers;
    }

    private static void WriteText(Stream output, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(output, Utf8, 1 << 14, leaveOpen: true);
        write(writer);
    }
}
