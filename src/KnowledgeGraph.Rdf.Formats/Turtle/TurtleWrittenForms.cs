using System.Buffers;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>
/// The plain ASCII runs of Turtle names (Turtle §6.5), found with one vectorised search each by the reader's fast
/// paths; anything else takes the full grammar.
/// </summary>
internal static class TurtleWrittenForms
{
    /// <summary>ASCII characters a local name may hold anywhere but first ('-') or last ('.' is left out).</summary>
    public static readonly SearchValues<char> LocalNamePlain =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-:");

    /// <summary>ASCII characters a prefix name may hold after its first letter (no '.': it may not end one).</summary>
    public static readonly SearchValues<char> PrefixNamePlain =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    /// <summary>
    /// The length of the prefixed name <paramref name="text"/> starts with when it is written in plain ASCII (no '.',
    /// escape or '%' in its local part, PNAME_LN) and ends within <paramref name="text"/>; otherwise -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int PlainPrefixedNameLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !(text[0] == ':' || char.IsAsciiLetter(text[0])))
        {
            return -1;
        }

        int colon = text.IndexOfAnyExcept(PrefixNamePlain);
        if (colon < 0 || text[colon] != ':')
        {
            return -1;
        }

        ReadOnlySpan<char> local = text[(colon + 1)..];
        int end = local.IndexOfAnyExcept(LocalNamePlain);
        if (end < 0 || local[end] >= 0x80 || local[end] is '.' or '\\' or '%' || (end > 0 && local[0] == '-'))
        {
            return -1;
        }

        return colon + 1 + end;
    }
}
