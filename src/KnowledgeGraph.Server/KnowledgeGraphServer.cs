using System.Net;
using KnowledgeGraph.Server.Endpoints;
using KnowledgeGraph.Server.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Server;

/// <summary>
/// The SPARQL endpoint over one store, on Kestrel: the SPARQL 1.1 Protocol at <c>/sparql</c> and <c>/update</c>, the
/// Graph Store HTTP Protocol at <c>/store</c>, a VoID description at <c>/.well-known/void</c>, and the query page at
/// <c>/</c>. Start with <see cref="StartAsync"/>; dispose to stop.
/// </summary>
public sealed class KnowledgeGraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KnowledgeGraphServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address the server listens on, e.g. <c>http://127.0.0.1:7878/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Binds the port and starts serving; returns once requests are accepted.</summary>
    /// <exception cref="IOException">The port is taken or the address cannot be bound.</exception>
    public static async Task<KnowledgeGraphServer> StartAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Store);
        if (options.QueryTimeout <= TimeSpan.Zero || options.MaxResults <= 0 || options.MaxRequestBytes <= 0)
        {
            throw new ArgumentException("the query timeout, max results and max request size must be positive", nameof(options));
        }

        IPAddress bind = ParseBindAddress(options.BindAddress);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(KnowledgeGraphServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Listen(bind, options.Port);
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.ValueLengthLimit = (int)Math.Min(options.MaxRequestBytes, int.MaxValue);
            form.MultipartBodyLengthLimit = options.MaxRequestBytes;
        });
        if (options.CorsOrigins.Count > 0)
        {
            builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
            {
                if (options.CorsOrigins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins([.. options.CorsOrigins]);
                }

                policy.WithMethods("GET", "HEAD", "POST", "PUT", "DELETE")
                    .WithHeaders("Authorization", "Content-Type", "Accept")
                    .WithExposedHeaders(ServerContext.TruncatedHeader, "Location");
            }));
        }

        WebApplication app = builder.Build();
        var context = new ServerContext(options);
        app.UseMiddleware<RequestLogMiddleware>(context);
        if (options.CorsOrigins.Count > 0)
        {
            app.UseCors();
        }

        SparqlQueryEndpoint.Map(app, context);
        SparqlUpdateEndpoint.Map(app, context);
        GraphStoreEndpoint.Map(app, context);
        VoidEndpoint.Map(app, context);
        DescribeEndpoint.Map(app, context);
        QueryPageEndpoint.Map(app, context);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not IOException and not OperationCanceledException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new IOException($"cannot listen on {options.BindAddress}:{options.Port}: {e.Message}", e);
        }

        string bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new KnowledgeGraphServer(app, new Uri(bound.TrimEnd('/') + "/"));
    }

    /// <summary>Completes when the server has stopped (after <see cref="StopAsync"/> or a shutdown signal).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops accepting requests and lets running ones finish.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static IPAddress ParseBindAddress(string address) =>
        string.Equals(address, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(address, out IPAddress? ip) ? ip
        : throw new ArgumentException($"'{address}' is not an IP address (expected e.g. 127.0.0.1, ::1 or 0.0.0.0)", nameof(address));
}
