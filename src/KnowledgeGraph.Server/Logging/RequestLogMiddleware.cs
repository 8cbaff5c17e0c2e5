using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Logging;

/// <summary>
/// Writes one JSON line per request: time, method, path, status, duration in milliseconds, and result rows when the
/// endpoint counted some. Neither query strings nor bodies are logged, so a refused write is never echoed.
/// </summary>
internal sealed class RequestLogMiddleware
{
    private readonly RequestDelegate _next;
    private readonly TextWriter? _log;
    private readonly Lock _gate = new();

    public RequestLogMiddleware(RequestDelegate next, ServerContext server)
    {
        _next = next;
        _log = server.Options.RequestLog;
    }

    public async Task InvokeAsync(HttpContext http)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            await _next(http).ConfigureAwait(false);
        }
        finally
        {
            if (_log is not null)
            {
                Write(http, Stopwatch.GetElapsedTime(start));
            }
        }
    }

    private void Write(HttpContext http, TimeSpan elapsed)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", DateTimeOffset.UtcNow);
            json.WriteString("method", http.Request.Method);
            json.WriteString("path", http.Request.Path.Value);
            json.WriteNumber("status", http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted ? 499 : http.Response.StatusCode);
            json.WriteNumber("ms", Math.Round(elapsed.TotalMilliseconds, 1));
            if (http.Items.TryGetValue(ServerContext.RowsItem, out object? rows) && rows is long n)
            {
                json.WriteNumber("rows", n);
            }

            json.WriteString("client", http.Connection.RemoteIpAddress?.ToString());
            json.WriteEndObject();
        }

        string line = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        lock (_gate)
        {
            _log!.WriteLine(line);
            _log.Flush();
        }
    }
}
