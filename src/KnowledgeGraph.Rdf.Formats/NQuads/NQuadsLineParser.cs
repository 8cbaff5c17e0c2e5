using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeGraph.Rdf.Formats.Reading;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.NQuads;

/// <summary>
/// Parses single N-Triples / N-Quads lines from raw UTF-8 (RDF 1.1 N-Triples §7, RDF 1.1 N-Quads §5 grammars; RDF 1.2
/// triple terms and base directions). Plain runs are found with vectorised searches, IRIs are validated once and then
/// served from a cache keyed by their bytes, and strings are decoded only when a term is built.
/// One instance per thread; the blank node table and the IRI cache are shared by all parsers of one document.
/// </summary>
internal sealed class NQuadsLineParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Bytes that end the plain run of an IRI: '>', the escape '\', and everything IRIREF forbids.
    private static readonly SearchValues<byte> IriStops = SearchValues.Create(
        [.. Enumerable.Range(0, 0x21).Select(b => (byte)b), (byte)'<', (byte)'>', (byte)'"', (byte)'{', (byte)'}', (byte)'|', (byte)'^', (byte)'`', (byte)'\\']);

    private static readonly SearchValues<byte> StringStops = SearchValues.Create([(byte)'"', (byte)'\\', (byte)'\n', (byte)'\r']);

    private readonly RdfParserOptions _options;
    private readonly bool _quads;
    private readonly IriCache _iris;
    private readonly ConcurrentDictionary<string, BlankNode> _blankNodes;
    private readonly StringBuilder _sb = new();
    private long _lineNumber;
    private long _lineOffset;

    public NQuadsLineParser(RdfParserOptions options, bool quads, NQuadsDocumentTerms document)
    {
        _options = options;
        _quads = quads;
        _blankNodes = document.BlankNodes;
        _iris = document.Iris;
    }

    /// <summary>Parses one line (without its line break); false for a blank or comment-only line.</summary>
    /// <param name="line">The line's bytes.</param>
    /// <param name="lineNumber">Its 1-based number, for errors.</param>
    /// <param name="lineOffset">The byte offset of its first byte in the input, for errors.</param>
    /// <param name="quad">The statement on the line.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ParseLine(ReadOnlySpan<byte> line, long lineNumber, long lineOffset, out Quad quad)
    {
        _lineNumber = lineNumber;
        _lineOffset = lineOffset;
        return ParseLine(line, out quad);
    }

    /// <summary>Parses one line; false for a blank or comment-only line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ParseLine(ReadOnlySpan<byte> line, out Quad quad)
    {
        quad = default;
        int i = SkipSpace(line, 0);
        if (i == line.Length || line[i] == '#')
        {
            return false;
        }

        Term subject = line[i] switch
        {
            (byte)'<' => ParseIri(line, ref i),
            (byte)'_' => ParseBlankNode(line, ref i),
            _ => throw Error(line, i, $"expected a subject (an IRI in '<...>' or a blank node '_:...'), found {Describe(line, i)}"),
        };

        i = SkipSpace(line, i);
        if (i == line.Length || line[i] != '<')
        {
            throw Error(line, i, $"expected a predicate IRI in '<...>', found {Describe(line, i)}");
        }

        Iri predicate = ParseIri(line, ref i);
        i = SkipSpace(line, i);
        Term obj = i == line.Length ? throw Error(line, i, "expected an object, found end of line") : line[i] switch
        {
            (byte)'<' when i + 2 < line.Length && line[i + 1] == '<' && line[i + 2] == '(' => ParseTripleTerm(line, ref i),
            (byte)'<' => ParseIri(line, ref i),
            (byte)'_' => ParseBlankNode(line, ref i),
            (byte)'"' => ReadLiteral(line, ref i),
            _ => throw Error(line, i, $"expected an object (IRI, blank node or literal), found {Describe(line, i)}"),
        };

        i = SkipSpace(line, i);
        Term? graph = null;
        if (_quads && i < line.Length && line[i] != '.')
        {
            graph = line[i] switch
            {
                (byte)'<' => ParseIri(line, ref i),
                (byte)'_' => ParseBlankNode(line, ref i),
                _ => throw Error(line, i, $"expected a graph label (IRI or blank node) or '.', found {Describe(line, i)}"),
            };
            i = SkipSpace(line, i);
        }

        if (i == line.Length || line[i] != '.')
        {
            throw Error(line, i, $"expected '.' to end the {(_quads ? "quad" : "triple")}, found {Describe(line, i)}");
        }

        i = SkipSpace(line, i + 1);
        if (i < line.Length && line[i] != '#')
        {
            throw Error(line, i, $"expected the end of the line after '.', found {Describe(line, i)}");
        }

        quad = new Quad(subject, predicate, obj, graph);
        return true;
    }

    /// <summary>RDF 1.2 N-Triples triple term: '&lt;&lt;(' subject predicate object ')&gt;&gt;'.</summary>
    private TripleTerm ParseTripleTerm(ReadOnlySpan<byte> line, ref int i)
    {
        i = SkipSpace(line, i + 3);
        Term s = i < line.Length && line[i] == '<' ? ParseIri(line, ref i)
            : i < line.Length && line[i] == '_' ? ParseBlankNode(line, ref i)
            : throw Error(line, i, $"expected the subject of the triple term, found {Describe(line, i)}");
        i = SkipSpace(line, i);
        Iri p = i < line.Length && line[i] == '<' ? ParseIri(line, ref i) : throw Error(line, i, "expected the predicate IRI of the triple term");
        i = SkipSpace(line, i);
        Term o = i == line.Length ? throw Error(line, i, "expected the object of the triple term") : line[i] switch
        {
            (byte)'<' when i + 2 < line.Length && line[i + 1] == '<' && line[i + 2] == '(' => ParseTripleTerm(line, ref i),
            (byte)'<' => ParseIri(line, ref i),
            (byte)'_' => ParseBlankNode(line, ref i),
            (byte)'"' => ReadLiteral(line, ref i),
            _ => throw Error(line, i, $"expected the object of the triple term, found {Describe(line, i)}"),
        };
        i = SkipSpace(line, i);
        if (i + 2 >= line.Length || line[i] != ')' || line[i + 1] != '>' || line[i + 2] != '>')
        {
            throw Error(line, i, $"expected ')>>' to close the triple term, found {Describe(line, i)}");
        }

        i += 3;
        return new TripleTerm(new Triple(s, p, o));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SkipSpace(ReadOnlySpan<byte> line, int i)
    {
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
        {
            i++;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri ParseIri(ReadOnlySpan<byte> line, ref int i)
    {
        int open = i;
        int bodyStart = i + 1;
        int stop = line[bodyStart..].IndexOfAny(IriStops);
        if (stop >= 0 && line[bodyStart + stop] == '>')
        {
            ReadOnlySpan<byte> body = line.Slice(bodyStart, stop);
            i = bodyStart + stop + 1;
            Iri? cached = _iris.Find(body);
            if (cached is not null)
            {
                return cached;
            }

            Iri iri = CreateIri(Decode(line, body, bodyStart), line, open);
            _iris.Add(body, iri);
            return iri;
        }

        // Slow path: escapes, or an error.
        _sb.Clear();
        int j = bodyStart;
        while (true)
        {
            if (j >= line.Length)
            {
                throw Error(line, open, "expected '>' to close the IRI, found end of line");
            }

            int run = line[j..].IndexOfAny(IriStops);
            if (run < 0)
            {
                throw Error(line, open, "expected '>' to close the IRI, found end of line");
            }

            _sb.Append(Decode(line, line.Slice(j, run), j));
            j += run;
            byte b = line[j];
            if (b == '>')
            {
                i = j + 1;
                break;
            }

            if (b == '\\')
            {
                int cp = ParseUchar(line, ref j);
                if (CharClasses.IsForbiddenInIriRef(cp))
                {
                    throw Error(line, open, $"an escape in an IRI may not produce U+{cp:X4}");
                }

                _sb.Append(char.ConvertFromUtf32(cp));
                continue;
            }

            throw Error(line, j, b <= 0x20 ? $"U+{b:X4} is not allowed in an IRI" : $"'{(char)b}' is not allowed in an IRI");
        }

        return CreateIri(_sb.ToString(), line, open);
    }

    private Iri CreateIri(string text, ReadOnlySpan<byte> line, int at)
    {
        string? error = Iri.Validate(text);
        if (error is not null)
        {
            throw Error(line, at, IriSyntax.SchemeEnd(text) < 0
                ? $"relative IRI <{text}>: N-Triples and N-Quads need absolute IRIs"
                : $"invalid IRI <{text}>: {error}");
        }

        return Iri.FromValidated(text);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BlankNode ParseBlankNode(ReadOnlySpan<byte> line, ref int i)
    {
        int start = i;
        if (i + 1 >= line.Length || line[i + 1] != ':')
        {
            throw Error(line, i, "expected '_:' to start a blank node label");
        }

        i += 2;
        int labelStart = i;
        bool firstChar = true;
        while (i < line.Length)
        {
            byte b = line[i];
            if (b < 0x80)
            {
                bool ok = firstChar
                    ? char.IsAsciiLetterOrDigit((char)b) || b == '_'
                    : char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'-' or (byte)'.';
                if (!ok)
                {
                    break;
                }

                i++;
            }
            else
            {
                int len = Utf8Length(b);
                if (i + len > line.Length || System.Text.Unicode.Utf8.IsValid(line.Slice(i, len)) is false)
                {
                    throw Error(line, i, "the input is not valid UTF-8");
                }

                int cp = char.ConvertToUtf32(StrictUtf8.GetString(line.Slice(i, len)), 0);
                if (!(firstChar ? CharClasses.IsPnCharsU(cp) : CharClasses.IsPnChars(cp)))
                {
                    break;
                }

                i += len;
            }

            firstChar = false;
        }

        // A label may not end with '.': such dots belong to what follows.
        while (i > labelStart && line[i - 1] == '.')
        {
            i--;
        }

        if (i == labelStart)
        {
            throw Error(line, start, "expected a blank node label after '_:'");
        }

        string label = Decode(line, line[labelStart..i], labelStart);
        return _blankNodes.GetOrAdd(label, static _ => BlankNode.Create());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Literal ReadLiteral(ReadOnlySpan<byte> line, ref int i)
    {
        int open = i;
        int j = i + 1;
        string lexical;
        int stop = line[j..].IndexOfAny(StringStops);
        if (stop >= 0 && line[j + stop] == '"')
        {
            lexical = Decode(line, line.Slice(j, stop), j);
            j += stop + 1;
        }
        else
        {
            _sb.Clear();
            while (true)
            {
                int run = line[j..].IndexOfAny(StringStops);
                if (run < 0)
                {
                    throw Error(line, open, "expected '\"' to close the string, found end of line");
                }

                _sb.Append(Decode(line, line.Slice(j, run), j));
                j += run;
                byte b = line[j];
                if (b == '"')
                {
                    j++;
                    break;
                }

                if (b == '\\')
                {
                    if (j + 1 >= line.Length)
                    {
                        throw Error(line, j, "expected an escape after '\\'");
                    }

                    byte e = line[j + 1];
                    char? simple = e switch
                    {
                        (byte)'t' => '\t',
                        (byte)'b' => '\b',
                        (byte)'n' => '\n',
                        (byte)'r' => '\r',
                        (byte)'f' => '\f',
                        (byte)'"' => '"',
                        (byte)'\'' => '\'',
                        (byte)'\\' => '\\',
                        _ => null,
                    };
                    if (simple is char ch)
                    {
                        _sb.Append(ch);
                        j += 2;
                    }
                    else
                    {
                        _sb.Append(char.ConvertFromUtf32(ParseUchar(line, ref j)));
                    }

                    continue;
                }

                throw Error(line, j, "a line break is not allowed inside a string; write \\n or \\r");
            }

            lexical = _sb.ToString();
        }

        // Whitespace may separate the string from its language tag or datatype: they are distinct terminals.
        int afterString = j;
        j = SkipSpace(line, j);
        if (j < line.Length && line[j] == '@')
        {
            int tagStart = j + 1;
            int k = tagStart;
            while (k < line.Length && char.IsAsciiLetter((char)line[k]))
            {
                k++;
            }

            if (k == tagStart)
            {
                throw Error(line, j, "expected a language tag after '@'");
            }

            while (k + 1 < line.Length && line[k] == '-' && char.IsAsciiLetterOrDigit((char)line[k + 1]))
            {
                k++;
                while (k < line.Length && char.IsAsciiLetterOrDigit((char)line[k]))
                {
                    k++;
                }
            }

            string tag = Encoding.ASCII.GetString(line[tagStart..k]);
            if (!Literal.IsValidLanguageTag(tag))
            {
                throw Error(line, j, $"'{tag}' is not a well-formed language tag (BCP 47: subtags of at most 8 characters)");
            }

            BaseDirection? direction = null;
            if (k + 1 < line.Length && line[k] == '-' && line[k + 1] == '-')
            {
                direction = line[(k + 2)..].StartsWith("ltr"u8) ? BaseDirection.Ltr
                    : line[(k + 2)..].StartsWith("rtl"u8) ? BaseDirection.Rtl
                    : throw Error(line, k, "expected '--ltr' or '--rtl' after the language tag");
                k += 5;
            }

            i = k;
            return new Literal(lexical, tag, direction);
        }

        if (j + 1 < line.Length && line[j] == '^' && line[j + 1] == '^')
        {
            j = SkipSpace(line, j + 2);
            if (j >= line.Length || line[j] != '<')
            {
                throw Error(line, j, $"expected a datatype IRI in '<...>' after '^^', found {Describe(line, j)}");
            }

            int at = j;
            Iri datatype = ParseIri(line, ref j);
            i = j;
            if (datatype.Equals(Vocabulary.Rdf.LangString) || datatype.Equals(Vocabulary.Rdf.DirLangString))
            {
                throw Error(line, at, "a literal typed rdf:langString needs a language tag instead");
            }

            return new Literal(lexical, datatype);
        }

        i = afterString;
        return new Literal(lexical);
    }

    private int ParseUchar(ReadOnlySpan<byte> line, ref int j)
    {
        int at = j;
        if (j + 1 >= line.Length || line[j + 1] is not ((byte)'u' or (byte)'U'))
        {
            throw Error(line, at, "expected \\u or \\U: only these escapes are allowed here");
        }

        int digits = line[j + 1] == 'u' ? 4 : 8;
        j += 2;
        int value = 0;
        for (int k = 0; k < digits; k++)
        {
            int h = j < line.Length ? CharClasses.HexValue(line[j]) : -1;
            if (h < 0)
            {
                throw Error(line, at, $"expected {digits} hexadecimal digits in the escape");
            }

            value = (value << 4) | h;
            j++;
        }

        if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            throw Error(line, at, $"the escape does not name a Unicode scalar value (U+{value:X})");
        }

        return value;
    }

    private string Decode(ReadOnlySpan<byte> line, ReadOnlySpan<byte> bytes, int at)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Error(line, at, "the input is not valid UTF-8");
        }
    }

    private static int Utf8Length(byte lead) => lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;

    private static string Describe(ReadOnlySpan<byte> line, int i)
    {
        if (i >= line.Length)
        {
            return "end of line";
        }

        byte b = line[i];
        return b < 0x20 || b >= 0x7F ? $"byte 0x{b:X2}" : $"'{(char)b}'";
    }

    private RdfSyntaxException Error(ReadOnlySpan<byte> line, int index, string reason)
    {
        index = Math.Min(index, line.Length);
        int column = 1;
        for (int k = 0; k < index; k++)
        {
            if ((line[k] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new RdfSyntaxException(reason, _lineNumber, column, _lineOffset + index, _options.SourceName);
    }
}
