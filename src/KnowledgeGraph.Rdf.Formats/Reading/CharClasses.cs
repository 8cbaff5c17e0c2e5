namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>Character classes of the Turtle-family grammars (Turtle §6.5, shared by TriG, N-Triples and SPARQL).</summary>
internal static class CharClasses
{
    /// <summary>PN_CHARS_BASE, for a code point.</summary>
    public static bool IsPnCharsBase(int c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')
            or (>= 0xC0 and <= 0xD6) or (>= 0xD8 and <= 0xF6) or (>= 0xF8 and <= 0x2FF)
            or (>= 0x370 and <= 0x37D) or (>= 0x37F and <= 0x1FFF) or (>= 0x200C and <= 0x200D)
            or (>= 0x2070 and <= 0x218F) or (>= 0x2C00 and <= 0x2FEF) or (>= 0x3001 and <= 0xD7FF)
            or (>= 0xF900 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFFD) or (>= 0x10000 and <= 0xEFFFF);

    /// <summary>PN_CHARS_U.</summary>
    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    /// <summary>PN_CHARS.</summary>
    public static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c == '-' || c is (>= '0' and <= '9') || c == 0xB7 || c is (>= 0x300 and <= 0x36F) or (>= 0x203F and <= 0x2040);

    /// <summary>The characters PN_LOCAL_ESC may escape with a backslash.</summary>
    public static bool IsLocalEscapable(int c) => c is '_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '(' or ')'
        or '*' or '+' or ',' or ';' or '=' or '/' or '?' or '#' or '@' or '%';

    /// <summary>Characters IRIREF forbids, whether written or escaped: #x00-#x20 &lt;&gt;"{}|^`\.</summary>
    public static bool IsForbiddenInIriRef(int c) => c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';

    public static bool IsWhitespace(int c) => c is ' ' or '\t' or '\r' or '\n';

    public static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
