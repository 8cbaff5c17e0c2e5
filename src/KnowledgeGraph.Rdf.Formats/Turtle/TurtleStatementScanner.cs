using System.Buffers;
using System.Text;

namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>
/// Finds where Turtle statements end in raw UTF-8 without parsing them, so that runs of whole statements can be parsed
/// in parallel (<see cref="ParallelTurtleReader"/>). It knows just enough of the lexical grammar (Turtle §6.5) to
/// never mistake a character inside an IRI, a string, a comment or an escape for structure:
/// a statement ends at a '.' outside brackets that is followed by white space or the end of the input. That '.'
/// cannot belong to a name (PN_LOCAL, PN_PREFIX and BLANK_NODE_LABEL never end with '.') nor to a number (a DECIMAL or
/// DOUBLE has a digit or an exponent right after its '.'). A '.' followed by anything else is left alone: the
/// statement then simply continues to a later boundary, which costs parallelism, never correctness.
/// </summary>
internal static class TurtleStatementScanner
{
    private static readonly SearchValues<byte> Structure = SearchValues.Create("<\"'#\\[({])}."u8);

    private static readonly SearchValues<byte> ShortStringStops = SearchValues.Create("\"'\\\n\r"u8);

    /// <summary>What kind of statement <see cref="Scan"/> found.</summary>
    public enum Kind
    {
        /// <summary>The input ends inside the statement: more input is needed (or, at the end, it is incomplete).</summary>
        Incomplete,

        /// <summary>A statement of triples.</summary>
        Triples,

        /// <summary>A directive (@prefix, @base, @version, PREFIX, BASE, VERSION).</summary>
        Directive,

        /// <summary>Only white space and comments up to the end of the input.</summary>
        Nothing,
    }

    /// <summary>
    /// Scans the statement that starts at <paramref name="start"/> (after white space and comments) and returns its
    /// kind, where its text begins and where it ends (just after its final '.', or after the IRI or string that
    /// ends a SPARQL-style directive).
    /// </summary>
    public static Kind Scan(ReadOnlySpan<byte> data, int start, bool isFinal, out int statementStart, out int end)
    {
        end = -1;
        int i = SkipSpaceAndComments(data, start, isFinal);
        statementStart = i;
        if (i < 0)
        {
            statementStart = start;
            return Kind.Incomplete;
        }

        if (i == data.Length)
        {
            return isFinal ? Kind.Nothing : Kind.Incomplete;
        }

        if (data[i] != '@' && SparqlDirectiveLength(data[i..]) is int keyword and > 0)
        {
            end = SparqlDirectiveEnd(data, i + keyword);
            return end < 0 ? Kind.Incomplete : Kind.Directive;
        }

        end = StatementEnd(data, i, isFinal);
        return end < 0 ? Kind.Incomplete : data[i] == '@' ? Kind.Directive : Kind.Triples;
    }

    /// <summary>The index after white space and comments from <paramref name="i"/>, or -1 when a comment is cut off.</summary>
    private static int SkipSpaceAndComments(ReadOnlySpan<byte> data, int i, bool isFinal)
    {
        while (i < data.Length)
        {
            byte b = data[i];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }
            else if (b == '#')
            {
                int newline = data[i..].IndexOf((byte)'\n');
                if (newline < 0)
                {
                    return isFinal ? data.Length : -1;
                }

                i += newline + 1;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// The length of PREFIX, BASE or VERSION (any case) when one starts the text and is followed by what
    /// ends a keyword, else 0. No statement of triples can start with these words followed by such a character.
    /// </summary>
    private static int SparqlDirectiveLength(ReadOnlySpan<byte> text)
    {
        foreach (string keyword in (ReadOnlySpan<string>)["PREFIX", "BASE", "VERSION"])
        {
            if (text.Length > keyword.Length && Ascii.EqualsIgnoreCase(text[..keyword.Length], keyword)
                && text[keyword.Length] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'<' or (byte)'#'
                    or (byte)'_' or (byte)'[' or (byte)'{' or (byte)'"' or (byte)'\'')
            {
                return keyword.Length;
            }
        }

        return 0;
    }

    /// <summary>A SPARQL-style directive ends with its IRI ('&gt;') or, for VERSION, its string.</summary>
    private static int SparqlDirectiveEnd(ReadOnlySpan<byte> data, int i)
    {
        int stop = data[i..].IndexOfAny((byte)'>', (byte)'"', (byte)'\'');
        if (stop < 0)
        {
            return -1;
        }

        i += stop;
        if (data[i] == '>')
        {
            return i + 1;
        }

        if (i + 2 >= data.Length)
        {
            return -1;
        }

        if (data[i + 1] == data[i] && data[i + 2] == data[i])
        {
            // A long string, which VERSION does not allow: hand its opening quotes to the reader to say so.
            return i + 3;
        }

        int close = data[(i + 1)..].IndexOf(data[i]);
        return close < 0 ? -1 : i + 1 + close + 1;
    }

    /// <summary>The index after the '.' that ends the statement starting at <paramref name="i"/>, or -1.</summary>
    private static int StatementEnd(ReadOnlySpan<byte> data, int i, bool isFinal)
    {
        int depth = 0;
        while (true)
        {
            int next = data[i..].IndexOfAny(Structure);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            byte b = data[i];
            switch (b)
            {
                case (byte)'.':
                    i++;
                    if (depth == 0)
                    {
                        if (i == data.Length)
                        {
                            return isFinal ? i : -1;
                        }

                        if (data[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
                        {
                            return i;
                        }
                    }

                    break;
                case (byte)'<':
                    if (i + 1 < data.Length && data[i + 1] == '<')
                    {
                        // '<<' opens a reified triple or a triple term, not an IRI.
                        i += 2;
                        break;
                    }

                    // IRIREF holds no white space: a line break first means a syntax error, which the parser reports.
                    int close = data[(i + 1)..].IndexOfAny((byte)'>', (byte)'\n');
                    if (close < 0)
                    {
                        return -1;
                    }

                    i += 1 + close + 1;
                    break;
                case (byte)'"' or (byte)'\'':
                    i = SkipString(data, i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    break;
                case (byte)'#':
                    int newline = data[i..].IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        return -1;
                    }

                    i += newline + 1;
                    break;
                case (byte)'\\':
                    // An escape in a local name (PN_LOCAL_ESC) such as '\.' or '\#'.
                    i += 2;
                    break;
                case (byte)'[' or (byte)'(' or (byte)'{':
                    depth++;
                    i++;
                    break;
                default:
                    depth = Math.Max(0, depth - 1);
                    i++;
                    break;
            }

            if (i >= data.Length)
            {
                return -1;
            }
        }
    }

    /// <summary>The index after the string opening at <paramref name="i"/>, or -1 when the input ends inside it.</summary>
    private static int SkipString(ReadOnlySpan<byte> data, int i)
    {
        byte quote = data[i];
        if (i + 2 < data.Length && data[i + 1] == quote && data[i + 2] == quote)
        {
            // STRING_LITERAL_LONG: the first unescaped run of three quotes closes it.
            i += 3;
            while (true)
            {
                int stop = data[i..].IndexOfAny(quote, (byte)'\\');
                if (stop < 0)
                {
                    return -1;
                }

                i += stop;
                if (data[i] == '\\')
                {
                    i += 2;
                }
                else if (i + 2 < data.Length && data[i + 1] == quote && data[i + 2] == quote)
                {
                    return i + 3;
                }
                else if (i + 2 >= data.Length)
                {
                    return -1;
                }
                else
                {
                    i++;
                }

                if (i >= data.Length)
                {
                    return -1;
                }
            }
        }

        if (i + 2 >= data.Length)
        {
            // Too close to the end to tell a short string from a long one.
            return -1;
        }

        i++;
        while (true)
        {
            int stop = data[i..].IndexOfAny(ShortStringStops);
            if (stop < 0)
            {
                return -1;
            }

            i += stop;
            byte b = data[i];
            if (b == quote)
            {
                return i + 1;
            }

            if (b == '\\')
            {
                i += 2;
            }
            else if (b is (byte)'\n' or (byte)'\r')
            {
                // A line break ends a short string in error; the parser reports it. Scanning goes on after it.
                return i + 1;
            }
            else
            {
                i++;
            }

            if (i >= data.Length)
            {
                return -1;
            }
        }
    }
}
