using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// <c>file:</c> IRIs for local paths (RFC 8089), the default base of a file that is read, and back.
/// Characters that an IRI path cannot hold are percent-encoded as UTF-8; others, non-ASCII letters included, stay.
/// </summary>
public static class FileIris
{
    /// <summary>The <c>file:</c> IRI of a path (made absolute against the current directory).</summary>
    public static Iri FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = Path.GetFullPath(path).Replace('\\', '/');
        var sb = new StringBuilder("file://");
        if (!full.StartsWith('/'))
        {
            sb.Append('/');
        }

        Span<byte> bytes = stackalloc byte[4];
        for (int i = 0; i < full.Length; i++)
        {
            char c = full[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')'
                or '*' or '+' or ',' or ';' or '=' or ':' or '@' || (c >= 0xA0 && !char.IsSurrogate(c)))
            {
                sb.Append(c);
                continue;
            }

            int length = char.IsHighSurrogate(c) && i + 1 < full.Length
                ? Encoding.UTF8.GetBytes(full.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(full.AsSpan(i, 1), bytes);
            foreach (byte b in bytes[..length])
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return Iri.Parse(sb.ToString());
    }

    /// <summary>The local path of a <c>file:</c> IRI, or null for any other IRI.</summary>
    public static string? ToPath(Iri iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        string v = iri.Value;
        if (!v.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string rest = v[5..];
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            int slash = rest.IndexOf('/', 2);
            rest = slash < 0 ? "/" : rest[slash..];
        }

        int cut = rest.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            rest = rest[..cut];
        }

        return PercentDecode(rest);
    }

    private static string PercentDecode(string s)
    {
        if (!s.Contains('%', StringComparison.Ordinal))
        {
            return s;
        }

        var bytes = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '%' && i + 2 < s.Length && Uri.IsHexDigit(s[i + 1]) && Uri.IsHexDigit(s[i + 2]))
            {
                bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                int length = char.IsHighSurrogate(s[i]) && i + 1 < s.Length ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(s.Substring(i, length)));
                i += length - 1;
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
