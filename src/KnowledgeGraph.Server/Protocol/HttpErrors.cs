using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>Error responses: a status code and one plain-text line saying what was wrong and what was expected.</summary>
internal static class HttpErrors
{
    public static Task Write(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : http.Response.WriteAsync(message + "\n", http.RequestAborted);
    }
}
