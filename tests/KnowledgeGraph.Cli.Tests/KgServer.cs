using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// <c>kg serve</c> running as a child process on a free port (<c>--port 0</c>) until disposed; the address is read from
/// the line the command prints when it listens.
/// </summary>
internal sealed partial class KgServer : IDisposable
{
    private readonly Process _process;

    private KgServer(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>What the server wrote to standard error up to the line that names its address.</summary>
    public string StartupLog { get; private set; } = "";

    public static KgServer Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kg.dll"));
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add("0");
        foreach (string arg in args)
            start.ArgumentList.Add(arg);

        Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start kg serve");
        // The request log goes to standard output; it is drained so that the server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var log = new StringBuilder();
        var deadline = Stopwatch.StartNew();
        try
        {
            while (deadline.Elapsed < TimeSpan.FromMinutes(1))
            {
                Task<string?> next = process.StandardError.ReadLineAsync();
                if (!next.Wait(TimeSpan.FromMinutes(1) - deadline.Elapsed) || next.Result is not { } line)
                    break;
                log.AppendLine(line);
                Match serving = Serving().Match(line);
                if (serving.Success)
                {
                    // The line after it says which default graph is served.
                    Task<string?> detail = process.StandardError.ReadLineAsync();
                    if (detail.Wait(TimeSpan.FromSeconds(30)) && detail.Result is { } d)
                        log.AppendLine(d);
                    return new KgServer(process, new Uri(serving.Groups[1].Value)) { StartupLog = log.ToString() };
                }
            }
        }
        catch
        {
            Stop(process);
            throw;
        }

        Stop(process);
        throw new InvalidOperationException($"kg serve {string.Join(' ', args)} did not start listening:\n{log}");
    }

    /// <summary>Runs a SELECT query with one result row over GET /sparql and returns the value of <paramref name="variable"/>.</summary>
    public async Task<string> SelectOneAsync(string query, string variable)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Address, "sparql?query=" + Uri.EscapeDataString(query)));
        request.Headers.Accept.ParseAdd("application/sparql-results+json");
        using HttpResponseMessage response = await client.SendAsync(request).ConfigureAwait(false);
        string body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        Assert.IsTrue(response.IsSuccessStatusCode, $"GET /sparql answered {(int)response.StatusCode}: {body}");
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("results").GetProperty("bindings")[0].GetProperty(variable).GetProperty("value").GetString()!;
    }

    public void Dispose() => Stop(_process);

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        process.Dispose();
    }

    [GeneratedRegex(@"^kg: serving .* at (https?://\S+)")]
    private static partial Regex Serving();
}
