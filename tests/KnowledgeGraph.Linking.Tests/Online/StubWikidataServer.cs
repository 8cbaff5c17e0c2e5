using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KnowledgeGraph.Linking.Tests.Online;

/// <summary>
/// A stub of Wikidata's Action API on loopback, answering <c>wbsearchentities</c> and <c>wbgetentities</c> with the
/// response shapes the API documents (https://www.wikidata.org/w/api.php?action=help&amp;modules=wbsearchentities,
/// …modules=wbgetentities), for fictional entities. Records every request.
/// </summary>
internal sealed class StubWikidataServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public StubWikidataServer()
    {
        // A free port: bind port 0, read it, release it, then listen on it.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Endpoint = new Uri($"http://127.0.0.1:{port}/w/api.php");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public Uri Endpoint { get; }

    /// <summary>When set, every request fails with this status.</summary>
    public HttpStatusCode? FailWith { get; set; }

    public ConcurrentQueue<(string Query, string? UserAgent, DateTime At)> Requests { get; } = new();

    public Dictionary<string, (string Label, string Description, bool Human)> Entities { get; } = new(StringComparer.Ordinal)
    {
        ["Q999999911"] = ("Rexa Tillmann", "fictional US diplomat", true),
        ["Q999999912"] = ("Rexa Tillmann Foundation", "fictional foundation", false),
    };

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            string query = ctx.Request.Url?.Query.TrimStart('?') ?? "";
            Requests.Enqueue((query, ctx.Request.UserAgent, DateTime.UtcNow));
            int status = (int)(FailWith ?? HttpStatusCode.OK);
            string body = status == 200 ? Answer(System.Web.HttpUtility.ParseQueryString(query)) : "<html>error</html>";
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            ctx.Response.StatusCode = status;
            ctx.Response.ContentType = status == 200 ? "application/json; charset=utf-8" : "text/html";
            await ctx.Response.OutputStream.WriteAsync(bytes);
            ctx.Response.Close();
        }
    }

    private string Answer(System.Collections.Specialized.NameValueCollection q)
    {
        switch (q["action"])
        {
            case "wbsearchentities":
            {
                string search = q["search"] ?? "";
                var hits = Entities.Where(e => e.Value.Label.StartsWith(search, StringComparison.OrdinalIgnoreCase))
                    .Select(e => $$$"""
                        {"id":"{{{e.Key}}}","title":"{{{e.Key}}}","pageid":1,"concepturi":"http://www.wikidata.org/entity/{{{e.Key}}}",
                         "repository":"wikidata","url":"//www.wikidata.org/wiki/{{{e.Key}}}","display":{"label":{"value":"{{{e.Value.Label}}}","language":"en"}},
                         "label":"{{{e.Value.Label}}}","description":"{{{e.Value.Description}}}","match":{"type":"label","language":"en","text":"{{{e.Value.Label}}}"}}
                        """);
                return "{\"searchinfo\":{\"search\":\"" + search + "\"},\"search\":[" + string.Join(",", hits) + "],\"success\":1}";
            }
            case "wbgetentities":
            {
                var parts = new List<string>();
                foreach (string id in (q["ids"] ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!Entities.TryGetValue(id, out var e))
                    {
                        parts.Add($$$"""
                            "{{{id}}}":{"id":"{{{id}}}","missing":""}
                            """);
                        continue;
                    }
                    string claims = e.Human
                        ? """{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","id":"ID$1","rank":"normal"}]}""".Replace("ID", id, StringComparison.Ordinal)
                        : "{}";
                    parts.Add($$$"""
                        "{{{id}}}":{"type":"item","id":"{{{id}}}","labels":{"en":{"language":"en","value":"{{{e.Label}}}"},"de":{"language":"de","value":"{{{e.Label}}}"}},
                          "descriptions":{"en":{"language":"en","value":"{{{e.Description}}}"}},"aliases":{},"claims":{{{claims}}},
                          "sitelinks":{"enwiki":{"site":"enwiki","title":"{{{e.Label}}}","badges":[]}}
                        """ + "}");
                }
                return "{\"entities\":{" + string.Join(",", parts) + "},\"success\":1}";
            }
            default:
                return """{"error":{"code":"badvalue","info":"Unrecognized value for parameter \"action\"."}}""";
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}
