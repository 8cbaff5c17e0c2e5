using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Security;

/// <summary>
/// The token rule for writes: a server started without an update token is read-only (403); otherwise a write needs
/// <c>Authorization: Bearer TOKEN</c> (RFC 6750 §2.1): none gives 401 with a challenge, a wrong one 403.
/// Tokens are compared in constant time over their SHA-256 digests, so neither content nor length leaks through timing.
/// </summary>
internal sealed class WriteAuthorization
{
    private readonly byte[]? _tokenDigest;

    public WriteAuthorization(string? token)
    {
        _tokenDigest = string.IsNullOrEmpty(token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));
    }

    public bool IsReadOnly => _tokenDigest is null;

    /// <summary>The status refusing the request (401 or 403) and why, or null when the request may write.</summary>
    public (int Status, string Message)? Check(HttpRequest request)
    {
        if (_tokenDigest is null)
        {
            return (StatusCodes.Status403Forbidden, "this endpoint is read-only: start the server with --update-token to allow writes");
        }

        string? header = request.Headers.Authorization;
        const string scheme = "Bearer ";
        if (header is null || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status401Unauthorized, "writes need an 'Authorization: Bearer TOKEN' header");
        }

        byte[] given = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(given, _tokenDigest)
            ? null
            : (StatusCodes.Status403Forbidden, "the bearer token is not the update token");
    }

    /// <summary>Checks the request; when refused, writes the response (with a challenge for 401) and returns false.</summary>
    public async Task<bool> AuthorizeAsync(HttpContext http)
    {
        if (Check(http.Request) is not { } refusal)
        {
            return true;
        }

        if (refusal.Status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"kg\"";
        }

        await Protocol.HttpErrors.Write(http, refusal.Status, refusal.Message).ConfigureAwait(false);
        return false;
    }
}
