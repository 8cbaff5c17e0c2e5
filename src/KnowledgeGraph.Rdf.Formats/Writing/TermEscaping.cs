using System.Buffers;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Rdf.Formats.Writing;

/// <summary>
/// Writes the inside of string literals and IRIs, escaped as the canonical N-Triples form asks
/// (RDF 1.2 N-Triples §4 "Canonical N-Triples"): ECHAR for BS, HT, LF, FF, CR, <c>"</c> and <c>\</c>; UCHAR with
/// upper-case hex for the other C0 controls, DEL and code points that are not XML 1.1 <c>Char</c> (U+FFFE, U+FFFF and
/// unpaired surrogates); every other character as itself, in UTF-8.
/// </summary>
/// <remarks>
/// Runs without special characters are found with a vectorised search and encoded in one call, so a typical
/// lexical form costs one scan and one copy.
/// </remarks>
internal static class TermEscaping
{
    private static readonly SearchValues<char> s_stringSpecials = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\"\\\u007F\uFFFE\uFFFF");

    // IRIREF excludes #x00-#x20 and <>"{}|^`\ (RDF 1.2 N-Triples §5 grammar); those are written as UCHAR.
    private static readonly SearchValues<char> s_iriSpecials = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " <>\"{}|^`\\");

    /// <summary>
    /// The inside of a string literal. With <paramref name="longForm"/> (Turtle's <c>"""</c> strings) line feeds stay
    /// raw and a quote is escaped only where it would end the string: before another quote or at the very end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteString(Utf8Output output, string text, bool longForm = false)
    {
        ReadOnlySpan<char> rest = text;
        while (true)
        {
            int special = rest.IndexOfAny(s_stringSpecials);
            if (special < 0)
            {
                WriteRun(output, rest);
                return;
            }

            WriteRun(output, rest[..special]);
            char c = rest[special];
            rest = rest[(special + 1)..];
            switch (c)
            {
                case '\n':
                    if (longForm)
                    {
                        output.WriteByte((byte)'\n');
                    }
                    else
                    {
                        WriteEchar(output, 'n');
                    }

                    break;
                case '"':
                    // STRING_LITERAL_LONG_QUOTE: every raw quote must be followed by a character that is not a quote.
                    // A leading quote is escaped too, so no reader can take it for part of the opening """.
                    if (longForm && rest.Length > 0 && rest[0] != '"' && rest.Length + 1 < text.Length)
                    {
                        output.WriteByte((byte)'"');
                    }
                    else
                    {
                        WriteEchar(output, '"');
                    }

                    break;
                case '\\': WriteEchar(output, '\\'); break;
                case '\t': WriteEchar(output, 't'); break;
                case '\b': WriteEchar(output, 'b'); break;
                case '\r': WriteEchar(output, 'r'); break;
                case '\f': WriteEchar(output, 'f'); break;
                default: output.WriteUChar(c); break;
            }
        }
    }

    /// <summary>The inside of an IRIREF: characters IRIREF does not allow become UCHAR.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteIri(Utf8Output output, string iri)
    {
        ReadOnlySpan<char> rest = iri;
        while (true)
        {
            int special = rest.IndexOfAny(s_iriSpecials);
            if (special < 0)
            {
                WriteRun(output, rest);
                return;
            }

            WriteRun(output, rest[..special]);
            output.WriteUChar(rest[special]);
            rest = rest[(special + 1)..];
        }
    }

    /// <summary>True when a lexical form needs Turtle's long string form to stay readable (it has line breaks).</summary>
    public static bool PrefersLongForm(string text) => text.Contains('\n', StringComparison.Ordinal);

    private static void WriteEchar(Utf8Output output, char c)
    {
        output.WriteByte((byte)'\\');
        output.WriteByte((byte)c);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteRun(Utf8Output output, ReadOnlySpan<char> run)
    {
        while (!run.IsEmpty)
        {
            int unpaired = output.WriteText(run);
            if (unpaired < 0)
            {
                return;
            }

            // A lone surrogate is not an XML 1.1 Char: canonical N-Triples spells it as UCHAR.
            output.WriteUChar(run[unpaired]);
            run = run[(unpaired + 1)..];
        }
    }
}
