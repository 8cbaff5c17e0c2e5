using System.Buffers;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Validation of IRIs by the RFC 3987 §2.2 grammar. Each part is scanned in vectorised runs of the ASCII characters
/// that are valid in it anywhere (iunreserved, sub-delims and the part's own delimiters); only the characters that end
/// such a run (percent escapes, non-ASCII, errors) are checked one by one.
/// </summary>
internal static class IriSyntax
{
    private const string UnreservedAndSubDelims =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=";

    /// <summary>ireg-name (without pct-encoded and ucschar).</summary>
    private static readonly SearchValues<char> HostPlain = SearchValues.Create(UnreservedAndSubDelims);

    /// <summary>ipath's ipchar and '/' (without pct-encoded and ucschar).</summary>
    private static readonly SearchValues<char> PathPlain = SearchValues.Create(UnreservedAndSubDelims + ":@/");

    /// <summary>iquery and ifragment: ipchar, '/' and '?' (without pct-encoded, ucschar and iprivate).</summary>
    private static readonly SearchValues<char> QueryPlain = SearchValues.Create(UnreservedAndSubDelims + ":@/?");

    /// <summary>Returns null for a valid absolute IRI, else what is wrong with it.</summary>
    public static string? ValidateAbsolute(string iri)
    {
        int colon = SchemeEnd(iri);
        if (colon < 0)
        {
            return iri.Length == 0 ? "it is empty" : "it has no scheme (an absolute IRI starts with a scheme such as 'http:')";
        }

        return ValidateAfterScheme(iri, colon + 1);
    }

    /// <summary>Index of the ':' that ends a valid scheme, or -1.</summary>
    public static int SchemeEnd(string s)
    {
        if (s.Length == 0 || !char.IsAsciiLetter(s[0]))
        {
            return -1;
        }

        for (int i = 1; i < s.Length; i++)
        {
            char c = s[i];
            if (c == ':')
            {
                return i;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))
            {
                return -1;
            }
        }

        return -1;
    }

    private static string? ValidateAfterScheme(string s, int start)
    {
        int i = start;
        int end = s.Length;
        int queryStart = s.IndexOf('?', start);
        int fragmentStart = s.IndexOf('#', start);
        if (queryStart > fragmentStart && fragmentStart >= 0)
        {
            queryStart = -1;
        }

        int hierEnd = queryStart >= 0 ? queryStart : fragmentStart >= 0 ? fragmentStart : end;

        if (hierEnd - i >= 2 && s[i] == '/' && s[i + 1] == '/')
        {
            i += 2;
            int authorityEnd = s.IndexOf('/', i, hierEnd - i);
            if (authorityEnd < 0)
            {
                authorityEnd = hierEnd;
            }

            string? authorityError = ValidateAuthority(s, i, authorityEnd);
            if (authorityError is not null)
            {
                return authorityError;
            }

            i = authorityEnd;
        }

        for (; i < hierEnd; i++)
        {
            i = SkipPlain(s, i, hierEnd, PathPlain);
            if (i == hierEnd)
            {
                break;
            }

            string? error = CheckChar(s, ref i, allowPrivate: false, "path");
            if (error is not null)
            {
                return error;
            }
        }

        if (queryStart >= 0)
        {
            int queryEnd = fragmentStart >= 0 ? fragmentStart : end;
            for (i = queryStart + 1; i < queryEnd; i++)
            {
                i = SkipPlain(s, i, queryEnd, QueryPlain);
                if (i == queryEnd)
                {
                    break;
                }

                string? error = CheckChar(s, ref i, allowPrivate: true, "query");
                if (error is not null)
                {
                    return error;
                }
            }
        }

        if (fragmentStart >= 0)
        {
            for (i = fragmentStart + 1; i < end; i++)
            {
                i = SkipPlain(s, i, end, QueryPlain);
                if (i == end)
                {
                    break;
                }

                string? error = CheckChar(s, ref i, allowPrivate: false, "fragment");
                if (error is not null)
                {
                    return error;
                }
            }
        }

        return null;
    }

    private static string? ValidateAuthority(string s, int start, int end)
    {
        int at = s.LastIndexOf('@', end - 1, end - start);
        int hostStart = start;
        if (at >= 0)
        {
            for (int i = start; i < at; i++)
            {
                if (s[i] == ':')
                {
                    continue;
                }

                string? error = CheckChar(s, ref i, allowPrivate: false, "user information");
                if (error is not null)
                {
                    return error;
                }
            }

            hostStart = at + 1;
        }

        int hostEnd = end;
        if (hostStart < end && s[hostStart] == '[')
        {
            int close = s.IndexOf(']', hostStart, end - hostStart);
            if (close < 0)
            {
                return "an IP literal in the authority lacks its closing ']'";
            }

            for (int i = hostStart + 1; i < close; i++)
            {
                char c = s[i];
                if (!(char.IsAsciiHexDigit(c) || c is ':' or '.' or 'v' or 'V' || IsUnreserved(c) || IsSubDelim(c)))
                {
                    return $"character '{c}' is not allowed in an IP literal";
                }
            }

            hostEnd = close + 1;
            if (hostEnd < end && s[hostEnd] != ':')
            {
                return "unexpected text after the IP literal";
            }
        }
        else
        {
            int portColon = s.LastIndexOf(':', end - 1, end - hostStart);
            if (portColon >= 0)
            {
                hostEnd = portColon;
            }

            for (int i = hostStart; i < hostEnd; i++)
            {
                i = SkipPlain(s, i, hostEnd, HostPlain);
                if (i == hostEnd)
                {
                    break;
                }

                string? error = CheckChar(s, ref i, allowPrivate: false, "host");
                if (error is not null)
                {
                    return error;
                }
            }
        }

        if (hostEnd < end)
        {
            // s[hostEnd] == ':' here: the port.
            for (int i = hostEnd + 1; i < end; i++)
            {
                if (!char.IsAsciiDigit(s[i]))
                {
                    return $"the port may hold only digits, not '{s[i]}'";
                }
            }
        }

        return null;
    }

    /// <summary>The index of the first character in [<paramref name="i"/>, <paramref name="end"/>) outside <paramref name="plain"/>, or <paramref name="end"/>.</summary>
    private static int SkipPlain(string s, int i, int end, SearchValues<char> plain)
    {
        int k = s.AsSpan(i, end - i).IndexOfAnyExcept(plain);
        return k < 0 ? end : i + k;
    }

    /// <summary>
    /// Checks one iunreserved / pct-encoded / sub-delims character (a surrogate pair counts as one) at <paramref name="i"/>,
    /// advancing <paramref name="i"/> past the rest of a multi-character unit.
    /// </summary>
    private static string? CheckChar(string s, ref int i, bool allowPrivate, string part)
    {
        char c = s[i];
        if (c < 0x80)
        {
            if (IsUnreserved(c) || IsSubDelim(c))
            {
                return null;
            }

            if (c == '%')
            {
                if (i + 2 < s.Length && char.IsAsciiHexDigit(s[i + 1]) && char.IsAsciiHexDigit(s[i + 2]))
                {
                    i += 2;
                    return null;
                }

                return $"'%' in the {part} is not followed by two hexadecimal digits";
            }

            return c <= ' ' || c == 0x7F
                ? $"control or space character U+{(int)c:X4} is not allowed in the {part}"
                : $"character '{c}' is not allowed in the {part}";
        }

        int cp = c;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            else
            {
                return "an unpaired surrogate is not a character";
            }
        }
        else if (char.IsLowSurrogate(c))
        {
            return "an unpaired surrogate is not a character";
        }

        if (IsUcsChar(cp) || (allowPrivate && IsPrivate(cp)))
        {
            return null;
        }

        return $"character U+{cp:X4} is not allowed in the {part}";
    }

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';

    private static bool IsSubDelim(char c) => c is '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=';

    /// <summary>RFC 3987 ucschar.</summary>
    private static bool IsUcsChar(int cp) =>
        cp is (>= 0xA0 and <= 0xD7FF) or (>= 0xF900 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFEF)
        || (cp >= 0x10000 && cp <= 0xEFFFD && (cp & 0xFFFF) <= 0xFFFD);

    /// <summary>RFC 3987 iprivate.</summary>
    private static bool IsPrivate(int cp) =>
        cp is (>= 0xE000 and <= 0xF8FF) or (>= 0xF0000 and <= 0xFFFFD) or (>= 0x100000 and <= 0x10FFFD);
}
