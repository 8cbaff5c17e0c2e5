using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// Reads the document of a LOAD (§3.1.4): <c>file:</c> IRIs from the local file system, with the format taken from the
/// file extension; <c>http(s):</c> IRIs only when the options allow it, with the format from the response's media type.
/// The document's IRI is its base IRI.
/// </summary>
internal static class DocumentLoader
{
    private static readonly Lazy<HttpClient> s_client = new(() => new HttpClient { Timeout = TimeSpan.FromMinutes(5) });

    public static List<Quad> Load(Iri source, SparqlUpdateOptions options, CancellationToken cancellationToken)
    {
        if (FileIris.ToPath(source) is { } path)
        {
            if (!RdfFormats.TryFindByExtension(path, out RdfFormat? format))
            {
                throw new RdfLoadException($"no RDF format for the extension of '{path}'");
            }

            using FileStream stream = File.OpenRead(path);
            return Parse(format, stream, source, path, cancellationToken);
        }

        string scheme = source.Value[..source.Value.IndexOf(':', StringComparison.Ordinal)];
        if (scheme is not ("http" or "https"))
        {
            throw new RdfLoadException($"cannot load IRIs of the scheme '{scheme}:'");
        }

        if (!options.AllowRemoteLoad)
        {
            throw new RdfLoadException("remote LOAD is not enabled (only file: IRIs are loaded)");
        }

        return LoadRemote(source, options.HttpClient ?? s_client.Value, cancellationToken);
    }

    private static List<Quad> LoadRemote(Iri source, HttpClient client, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, source.Value);
        foreach (RdfFormat f in RdfFormats.All)
        {
            request.Headers.TryAddWithoutValidation("Accept", f.MediaTypes[0]);
        }

        using HttpResponseMessage response = client.Send(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        string? mediaType = response.Content.Headers.ContentType?.MediaType;
        if ((mediaType is null || !RdfFormats.TryFindByMediaType(mediaType, out RdfFormat? format))
            && !RdfFormats.TryFindByExtension(PathOf(source), out format))
        {
            throw new RdfLoadException($"no RDF format for the media type '{mediaType}'");
        }

        using Stream stream = response.Content.ReadAsStream(cancellationToken);
        return Parse(format, stream, source, source.Value, cancellationToken);
    }

    private static string PathOf(Iri iri)
    {
        string v = iri.Value;
        int cut = v.IndexOfAny(['?', '#']);
        return cut < 0 ? v : v[..cut];
    }

    private static List<Quad> Parse(RdfFormat format, Stream stream, Iri baseIri, string sourceName, CancellationToken cancellationToken)
    {
        RdfParser parser = format.CreateParser(new RdfParserOptions { BaseIri = baseIri, SourceName = sourceName });
        return parser.Parse(stream, cancellationToken).ToList();
    }
}
