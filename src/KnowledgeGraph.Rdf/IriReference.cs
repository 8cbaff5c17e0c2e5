using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>Reference resolution by RFC 3986 §5.2, on strings, with no normalisation beyond removing dot segments.</summary>
internal static class IriReference
{
    /// <summary>The five components of RFC 3986 Appendix B; a null component is undefined, an empty one is defined.</summary>
    private readonly record struct Components(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);

    public static string Resolve(string baseIri, string reference)
    {
        Components r = Split(reference);
        if (r.Scheme is not null)
        {
            // Fast path: an absolute reference without dot segments is its own result.
            return HasDotSegments(r.Path) ? Compose(r with { Path = RemoveDotSegments(r.Path) }) : reference;
        }

        Components b = Split(baseIri);
        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
        }

        return Compose(new Components(b.Scheme, authority, path, query, r.Fragment));
    }

    private static Components Split(string s)
    {
        int i = 0;
        string? scheme = null;
        int colon = IriSyntax.SchemeEnd(s);
        if (colon > 0)
        {
            scheme = s[..colon];
            i = colon + 1;
        }

        string? fragment = null;
        int hash = s.IndexOf('#', i);
        int end = s.Length;
        if (hash >= 0)
        {
            fragment = s[(hash + 1)..];
            end = hash;
        }

        string? query = null;
        int question = s.IndexOf('?', i, end - i);
        if (question >= 0)
        {
            query = s[(question + 1)..end];
            end = question;
        }

        string? authority = null;
        if (end - i >= 2 && s[i] == '/' && s[i + 1] == '/')
        {
            int slash = s.IndexOf('/', i + 2, end - i - 2);
            int authorityEnd = slash < 0 ? end : slash;
            authority = s[(i + 2)..authorityEnd];
            i = authorityEnd;
        }

        return new Components(scheme, authority, s[i..end], query, fragment);
    }

    /// <summary>RFC 3986 §5.2.3.</summary>
    private static string Merge(Components b, string referencePath)
    {
        if (b.Authority is not null && b.Path.Length == 0)
        {
            return "/" + referencePath;
        }

        int lastSlash = b.Path.LastIndexOf('/');
        return lastSlash < 0 ? referencePath : string.Concat(b.Path.AsSpan(0, lastSlash + 1), referencePath);
    }

    private static bool HasDotSegments(string path) =>
        path.Length > 0 && (path == "." || path == ".." || path.StartsWith("./", StringComparison.Ordinal)
            || path.StartsWith("../", StringComparison.Ordinal) || path.Contains("/./", StringComparison.Ordinal)
            || path.Contains("/../", StringComparison.Ordinal) || path.EndsWith("/.", StringComparison.Ordinal)
            || path.EndsWith("/..", StringComparison.Ordinal));

    /// <summary>RFC 3986 §5.2.4.</summary>
    internal static string RemoveDotSegments(string path)
    {
        if (!HasDotSegments(path))
        {
            return path;
        }

        var output = new List<string>();
        string input = path;
        while (input.Length > 0)
        {
            if (input.StartsWith("../", StringComparison.Ordinal))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./", StringComparison.Ordinal))
            {
                input = input[2..];
            }
            else if (input == "/.")
            {
                input = "/";
            }
            else if (input.StartsWith("/../", StringComparison.Ordinal))
            {
                input = input[3..];
                RemoveLast(output);
            }
            else if (input == "/..")
            {
                input = "/";
                RemoveLast(output);
            }
            else if (input is "." or "..")
            {
                input = string.Empty;
            }
            else
            {
                int next = input.IndexOf('/', input[0] == '/' ? 1 : 0);
                if (next < 0)
                {
                    next = input.Length;
                }

                output.Add(input[..next]);
                input = input[next..];
            }
        }

        return string.Concat(output);
    }

    private static void RemoveLast(List<string> output)
    {
        if (output.Count > 0)
        {
            output.RemoveAt(output.Count - 1);
        }
    }

    /// <summary>RFC 3986 §5.3.</summary>
    private static string Compose(Components c)
    {
        var sb = new StringBuilder();
        if (c.Scheme is not null)
        {
            sb.Append(c.Scheme).Append(':');
        }

        if (c.Authority is not null)
        {
            sb.Append("//").Append(c.Authority);
        }

        sb.Append(c.Path);
        if (c.Query is not null)
        {
            sb.Append('?').Append(c.Query);
        }

        if (c.Fragment is not null)
        {
            sb.Append('#').Append(c.Fragment);
        }

        return sb.ToString();
    }
}
