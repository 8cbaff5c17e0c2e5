namespace KnowledgeGraph.Linking.Online;

/// <summary>
/// Settings for looking mentions up on Wikidata (<c>--online</c>): the MediaWiki Action API's
/// <c>wbsearchentities</c> and <c>wbgetentities</c> (https://www.wikidata.org/w/api.php), rate-limited, cached on disk,
/// with a User-Agent that names the tool and a contact, as https://meta.wikimedia.org/wiki/User-Agent_policy asks.
/// </summary>
public sealed record WikidataOnlineOptions
{
    /// <summary>The defaults: wikidata.org, one request per 500 ms at most, 10 s timeout, no disk cache.</summary>
    public static WikidataOnlineOptions Default { get; } = new();

    /// <summary>The Action API endpoint (a loopback stub in tests).</summary>
    public Uri ApiEndpoint { get; init; } = new("https://www.wikidata.org/w/api.php");

    /// <summary>The User-Agent header: tool name/version and a way to reach the operator.</summary>
    public string UserAgent { get; init; } = "KnowledgeGraph-Linker/0.1 (https://w3id.org/knowledge-graph; news knowledge-graph builder) dotnet/10";

    /// <summary>The least time between two requests.</summary>
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The timeout of one request.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A directory where responses are cached (by request URL); null for no disk cache.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Search results asked for per mention.</summary>
    public int SearchLimit { get; init; } = 5;

    /// <summary>After this many failed requests in a row the client stops asking for the rest of its life.</summary>
    public int MaxConsecutiveFailures { get; init; } = 3;
}
