using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Server;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg serve</c>: serves a store over HTTP — the SPARQL 1.1 Protocol, the Graph Store Protocol and the query page —
/// until interrupted. Read-only and on loopback unless told otherwise.
/// </summary>
internal static class ServeCommand
{
    private const string TokenVariable = "KG_UPDATE_TOKEN";

    public static Command Create()
    {
        var store = new Option<string>("--store", "-s") { Description = "The store directory (created empty when absent; fill it with kg load).", Required = true };
        var port = new Option<int>("--port", "-p") { Description = "TCP port (0: any free port).", DefaultValueFactory = _ => 7878 };
        var bind = new Option<string>("--bind") { Description = "Address to listen on; 0.0.0.0 exposes the endpoint to the network.", DefaultValueFactory = _ => "127.0.0.1" };
        var token = new Option<string?>("--update-token")
        {
            Description = $"Allow writes (/update, PUT/POST/DELETE on /store) with 'Authorization: Bearer TOKEN'. Also read from ${TokenVariable}, which keeps it out of the process list.",
        };
        var cors = new Option<string?>("--cors") { Description = "Comma-separated origins allowed by CORS, or '*'. Default: CORS off." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds a query may run before it is cancelled.", DefaultValueFactory = _ => 30 };
        var maxResults = new Option<long>("--max-results") { Description = "Most rows (or triples) one response carries.", DefaultValueFactory = _ => 100_000 };
        var maxRequest = new Option<long>("--max-request-mb") { Description = "Largest request body accepted, in MiB.", DefaultValueFactory = _ => 64 };
        Option<bool?> union = UnionDefaultGraphOption.Create("Queries, updates' WHERE clauses and the service description all follow it.");

        var command = new Command("serve", "Serve a store: SPARQL endpoint at /sparql, updates at /update, graphs at /store, query page at /.")
        {
            store, port, bind, token, cors, timeout, maxResults, maxRequest, union,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(store)!,
            new ServeSettings(
                parse.GetValue(port),
                parse.GetValue(bind)!,
                parse.GetValue(token) ?? NullIfEmpty(Environment.GetEnvironmentVariable(TokenVariable)),
                parse.GetValue(cors),
                parse.GetValue(timeout),
                parse.GetValue(maxResults),
                parse.GetValue(maxRequest),
                parse.GetValue(union)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string storeDirectory, ServeSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Port is < 0 or > 65535)
        {
            throw new CliException($"kg: --port {settings.Port} is not a TCP port (0-65535)");
        }

        if (settings.TimeoutSeconds <= 0 || settings.MaxResults <= 0 || settings.MaxRequestMb <= 0)
        {
            throw new CliException("kg: --timeout, --max-results and --max-request-mb must be positive");
        }

        using RocksDbQuadStore store = StoreLocation.Open(storeDirectory, mustExist: false, settings.UnionDefaultGraph);
        var options = new ServerOptions
        {
            Store = store,
            Port = settings.Port,
            BindAddress = settings.Bind,
            UpdateToken = settings.Token,
            CorsOrigins = settings.Cors is null ? [] : [.. settings.Cors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            QueryTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
            MaxResults = settings.MaxResults,
            MaxRequestBytes = settings.MaxRequestMb * 1024 * 1024,
            RequestLog = Console.Out,
        };

        KnowledgeGraphServer server;
        try
        {
            server = await KnowledgeGraphServer.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            throw new CliException("kg: " + e.Message);
        }

        await using (server.ConfigureAwait(false))
        {
            Console.Error.WriteLine($"kg: serving {Path.GetFullPath(storeDirectory)} at {server.Address}  (Ctrl+C stops)");
            Console.Error.WriteLine($"kg: SPARQL endpoint {server.Address}sparql · graph store {server.Address}store · "
                + (settings.Token is null ? "read-only" : "writes need the bearer token") + " · default graph: "
                + (store.UnionDefaultGraph ? "the union of all graphs" : "the store's own default graph")
                + (settings.UnionDefaultGraph is null ? " (recorded in the store)" : " (--union-default-graph)"));
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("kg: stopping");
            }
        }

        return 0;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private sealed record ServeSettings(
        int Port, string Bind, string? Token, string? Cors, double TimeoutSeconds, long MaxResults, long MaxRequestMb, bool? UnionDefaultGraph);
}
