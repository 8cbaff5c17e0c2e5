using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Server;

/// <summary>
/// Immutable settings of a <see cref="KnowledgeGraphServer"/>; derive variants with <c>with</c>. The defaults are the safe
/// ones: loopback only, read-only, no CORS, a 30 s query timeout.
/// </summary>
public sealed record ServerOptions
{
    /// <summary>The store to serve. The server does not dispose it.</summary>
    public required IQuadStore Store { get; init; }

    /// <summary>The address to listen on (an IP address or <c>localhost</c>); default <c>127.0.0.1</c>.</summary>
    public string BindAddress { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 picks a free one (see <see cref="KnowledgeGraphServer.Address"/>).</summary>
    public int Port { get; init; } = 7878;

    /// <summary>
    /// The bearer token that writes (<c>/update</c>, and PUT/POST/DELETE on <c>/store</c>) must carry; null keeps the
    /// server read-only.
    /// </summary>
    public string? UpdateToken { get; init; }

    /// <summary>Origins allowed by CORS (<c>*</c> for any); empty turns CORS off.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>How long one query may run before its evaluation is cancelled.</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most solutions (or triples) one response carries; more are cut off and flagged in a header.</summary>
    public long MaxResults { get; init; } = 100_000;

    /// <summary>The largest request body accepted; bigger ones get 413.</summary>
    public long MaxRequestBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Prefixes the query page and Turtle output use, in addition to those a query declares.</summary>
    public PrefixMap Prefixes { get; init; } = PrefixMap.WellKnown;

    /// <summary>Receives one JSON line per request; null logs nothing.</summary>
    public TextWriter? RequestLog { get; init; }

    /// <summary>Runs SPARQL updates; null: the SPARQL engine (<see cref="Updates.SparqlEngineUpdateRunner"/>).</summary>
    internal Updates.ISparqlUpdateRunner? UpdateRunner { get; init; }
}
