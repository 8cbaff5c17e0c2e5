using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Linking.Import;
using KnowledgeGraph.Linking.KnowledgeBase;

namespace KnowledgeGraph.Linking.Online;

/// <summary>
/// A small client for Wikidata's <c>wbsearchentities</c> (candidate ids for a name) and <c>wbgetentities</c>
/// (the entities, at most 50 ids per request as the API allows). Requests are serialized and spaced by
/// <see cref="WikidataOnlineOptions.MinInterval"/>, carry <c>maxlag=5</c>, and are cached on disk when a directory is
/// configured. Every failure surfaces as <see cref="WikidataUnavailableException"/> for the linker to degrade on.
/// </summary>
internal sealed class WikidataOnlineClient : IDisposable
{
    private const int MaxIdsPerRequest = 50;
    private static readonly HashSet<string> Languages = new(StringComparer.Ordinal) { "de", "en" };

    private readonly WikidataOnlineOptions _options;
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTime _lastRequest = DateTime.MinValue;
    private int _failures;

    public WikidataOnlineClient(WikidataOnlineOptions options)
    {
        _options = options;
        _http = new HttpClient { Timeout = options.Timeout };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
    }

    /// <summary>Requests sent over the network (not served from the cache).</summary>
    public int RequestsSent { get; private set; }

    public bool Disabled => _failures >= _options.MaxConsecutiveFailures;

    /// <summary>The ids wbsearchentities returns for a name, best first.</summary>
    public IReadOnlyList<string> Search(string name, string language, CancellationToken cancellationToken)
    {
        string query = $"action=wbsearchentities&format=json&type=item&search={Uri.EscapeDataString(name)}"
            + $"&language={language}&uselang={language}&limit={_options.SearchLimit.ToString(CultureInfo.InvariantCulture)}&maxlag=5";
        using JsonDocument doc = Get(query, cancellationToken);
        if (!doc.RootElement.TryGetProperty("search", out JsonElement results) || results.ValueKind != JsonValueKind.Array)
            throw new WikidataUnavailableException("wbsearchentities answered without a 'search' array");
        return [.. results.EnumerateArray()
            .Select(r => r.TryGetProperty("id", out JsonElement id) ? id.GetString() : null)
            .OfType<string>().Where(WikidataItem.IsQid)];
    }

    /// <summary>The entities for some ids, fetched in batches of 50.</summary>
    public IReadOnlyList<WikidataItem> GetEntities(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var items = new List<WikidataItem>();
        foreach (string[] batch in ids.Distinct(StringComparer.Ordinal).Chunk(MaxIdsPerRequest))
        {
            string query = $"action=wbgetentities&format=json&ids={string.Join("%7C", batch)}"
                + "&props=labels%7Caliases%7Cdescriptions%7Cclaims%7Csitelinks&languages=de%7Cen&maxlag=5";
            using JsonDocument doc = Get(query, cancellationToken);
            if (!doc.RootElement.TryGetProperty("entities", out JsonElement entities) || entities.ValueKind != JsonValueKind.Object)
                throw new WikidataUnavailableException("wbgetentities answered without an 'entities' object");
            foreach (JsonProperty entity in entities.EnumerateObject())
            {
                if (EntityJson.Read(entity.Value, Languages, "wikidata.org wbgetentities") is { } item)
                    items.Add(item);
            }
        }
        return items;
    }

    private JsonDocument Get(string query, CancellationToken cancellationToken)
    {
        if (Disabled)
            throw new WikidataUnavailableException($"the Wikidata API failed {_failures} times in a row; not asking again");
        var uri = new Uri(_options.ApiEndpoint + "?" + query);
        string? cacheFile = _options.CacheDirectory is { } dir
            ? Path.Combine(dir, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uri.AbsoluteUri))) + ".json") : null;
        if (cacheFile is not null && File.Exists(cacheFile))
            return JsonDocument.Parse(File.ReadAllBytes(cacheFile));

        byte[] body;
        _gate.Wait(cancellationToken);
        try
        {
            TimeSpan wait = _lastRequest + _options.MinInterval - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
                Thread.Sleep(wait);
            _lastRequest = DateTime.UtcNow;
            RequestsSent++;
            using HttpResponseMessage response = _http.Send(new HttpRequestMessage(HttpMethod.Get, uri), cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
                throw new WikidataUnavailableException($"{uri.Host} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            using Stream s = response.Content.ReadAsStream(cancellationToken);
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            body = ms.ToArray();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or WikidataUnavailableException
                                  && !cancellationToken.IsCancellationRequested)
        {
            _failures++;
            throw e as WikidataUnavailableException ?? new WikidataUnavailableException(e.Message, e);
        }
        finally
        {
            _gate.Release();
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            _failures++;
            throw new WikidataUnavailableException("the API answered with something other than JSON: " + e.Message, e);
        }
        // The API reports errors (maxlag included) in the body with status 200.
        if (doc.RootElement.TryGetProperty("error", out JsonElement error))
        {
            _failures++;
            string code = error.TryGetProperty("code", out JsonElement c) ? c.GetString() ?? "" : "";
            doc.Dispose();
            throw new WikidataUnavailableException($"the API reported an error: {code}");
        }
        _failures = 0;
        if (cacheFile is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
            string temp = cacheFile + ".tmp" + Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture);
            File.WriteAllBytes(temp, body);
            File.Move(temp, cacheFile, overwrite: true);
        }
        return doc;
    }

    public void Dispose()
    {
        _http.Dispose();
        _gate.Dispose();
    }
}
