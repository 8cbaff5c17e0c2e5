using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>Reading request bodies the protocols define: form-encoded or a UTF-8 text body of one media type.</summary>
internal static class RequestBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The media type of the body without parameters, lower case; empty when there is none.</summary>
    public static string MediaType(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? parsed)
            ? parsed.MediaType.Value?.ToLowerInvariant() ?? ""
            : "";

    /// <summary>False when the body declares a charset other than UTF-8 (the protocols only define UTF-8).</summary>
    public static bool IsUtf8(HttpRequest request) =>
        !MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? parsed)
        || parsed.Charset.Value is null
        || string.Equals(parsed.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase)
        || string.Equals(parsed.Charset.Value, "utf8", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the body as strict UTF-8.</summary>
    /// <exception cref="DecoderFallbackException">The body is not valid UTF-8.</exception>
    public static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, StrictUtf8, detectEncodingFromByteOrderMarks: false);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }
}
