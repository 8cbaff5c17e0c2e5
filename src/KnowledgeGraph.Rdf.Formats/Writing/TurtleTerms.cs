using System.Text;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Writing;

/// <summary>
/// Spells IRIs and literals the Turtle way (RDF 1.2 Turtle §2.4–§2.5, §6.5): prefixed names when the local part can
/// be written as PN_LOCAL (escaping what PN_LOCAL_ESC allows), IRIs relative to the base when they resolve back to
/// the same IRI, numbers and booleans bare when their lexical form is in Turtle's short grammar, <c>"""</c> strings
/// for text with line breaks. Remembers which prefixes it used so the header declares only those.
/// </summary>
internal sealed class TurtleTerms : IDisposable
{
    private readonly PrefixEntry[] _prefixes;
    private readonly Iri? _base;
    private readonly int _maxCachedIris;
    private readonly Dictionary<Iri, Spelling> _iris = [];
    private readonly MemoryStream _scratchStream = new();
    private readonly Utf8Output _scratch;

    /// <param name="options">Prefixes and base IRI.</param>
    /// <param name="declareAllWellKnown">True: every well-known prefix is declared whether used or not (streaming).</param>
    /// <param name="maxCachedIris">
    /// How many IRI spellings to keep: the pretty writer holds every term anyway and keeps them all; the streaming
    /// writer keeps a bounded set (the frequent predicates and classes) so its memory stays flat.
    /// </param>
    public TurtleTerms(RdfWriterOptions options, bool declareAllWellKnown, int maxCachedIris)
    {
        _base = options.BaseIri;
        _maxCachedIris = maxCachedIris;
        _scratch = new Utf8Output(_scratchStream, bufferSize: 1024);
        var given = new HashSet<string>(StringComparer.Ordinal);
        var givenNamespaces = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<PrefixEntry>();
        foreach ((string prefix, Iri ns) in options.Prefixes)
        {
            if (!TurtleGrammar.IsPrefixName(prefix))
            {
                throw new ArgumentException($"'{prefix}' is not a valid Turtle prefix name (PN_PREFIX).", nameof(options));
            }

            given.Add(prefix);
            givenNamespaces.Add(ns.Value);
            entries.Add(new PrefixEntry(prefix, ns) { Declared = true });
        }

        // A given prefix wins over a well-known one with the same name or namespace.
        foreach ((string prefix, Iri ns) in PrefixMap.WellKnown)
        {
            if (!given.Contains(prefix) && !givenNamespaces.Contains(ns.Value))
            {
                entries.Add(new PrefixEntry(prefix, ns) { Declared = declareAllWellKnown });
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));
        _prefixes = [.. entries];
    }

    public void Dispose() => _scratch.Dispose();

    /// <summary>Forgets which prefixes were used (before the second pass of the pretty writer).</summary>
    public void ResetUsage()
    {
        foreach (PrefixEntry entry in _prefixes)
        {
            entry.Used = false;
        }
    }

    /// <summary>Writes <c>@base</c> and the <c>@prefix</c> lines that are declared or were used, then a blank line.</summary>
    public void WriteHeader(Utf8Output output)
    {
        bool any = false;
        if (_base is not null)
        {
            output.WriteBytes("@base <"u8);
            TermEscaping.WriteIri(output, _base.Value);
            output.WriteBytes("> .\n"u8);
            any = true;
        }

        foreach (PrefixEntry entry in _prefixes)
        {
            if (entry.Declared || entry.Used)
            {
                output.WriteBytes("@prefix "u8);
                output.WriteBytes(entry.Label);
                output.WriteBytes(" <"u8);
                TermEscaping.WriteIri(output, entry.Namespace.Value);
                output.WriteBytes("> .\n"u8);
                any = true;
            }
        }

        if (any)
        {
            output.WriteByte((byte)'\n');
        }
    }

    public void WriteIri(Utf8Output output, Iri iri) => Write(output, CachedSpelling(iri));

    /// <summary>Writes an IRI spelled before (<see cref="Spell"/>), noting its prefix as used.</summary>
    public static void Write(Utf8Output output, in Spelling spelling)
    {
        Note(spelling);
        output.WriteBytes(spelling.Bytes);
    }

    /// <summary>Notes the prefix an IRI spelled before uses, without writing it.</summary>
    public static void Note(in Spelling spelling)
    {
        if (spelling.Prefix is { } entry)
        {
            entry.Used = true;
        }
    }

    private Spelling CachedSpelling(Iri iri)
    {
        if (!_iris.TryGetValue(iri, out Spelling spelling))
        {
            if (_iris.Count >= _maxCachedIris)
            {
                _iris.Clear();
            }

            spelling = Spell(iri);
            _iris[iri] = spelling;
        }

        return spelling;
    }

    /// <summary>
    /// Notes the prefixes a literal's written form uses (its datatype's, when the datatype is written) without
    /// writing it: what the pretty writer's first pass, which only learns the prefixes, needs of a literal.
    /// </summary>
    public void NoteLiteral(Literal literal)
    {
        if (WritesDatatype(literal))
        {
            Note(CachedSpelling(literal.Datatype));
        }
    }

    public void WriteLiteral(Utf8Output output, Literal literal)
    {
        Iri datatype = literal.Datatype;
        string lexical = literal.LexicalForm;
        if (literal.Language is null && IsShortForm(datatype, lexical))
        {
            output.WriteText(lexical); // ASCII by the checks above
            return;
        }

        if (TermEscaping.PrefersLongForm(lexical))
        {
            output.WriteBytes("\"\"\""u8);
            TermEscaping.WriteString(output, lexical, longForm: true);
            output.WriteBytes("\"\"\""u8);
        }
        else
        {
            output.WriteByte((byte)'"');
            TermEscaping.WriteString(output, lexical);
            output.WriteByte((byte)'"');
        }

        if (literal.Language is { } language)
        {
            NTriplesTerms.WriteLanguage(output, language, literal.Direction);
        }
        else if (!datatype.Equals(Vocabulary.Xsd.String))
        {
            output.WriteBytes("^^"u8);
            WriteIri(output, datatype);
        }
    }

    /// <summary>True when <see cref="WriteLiteral"/> writes the datatype (<c>^^</c>): not bare, no language, not xsd:string.</summary>
    private static bool WritesDatatype(Literal literal) =>
        literal.Language is null && !literal.Datatype.Equals(Vocabulary.Xsd.String) && !IsShortForm(literal.Datatype, literal.LexicalForm);

    /// <summary>True when the literal can be written bare: INTEGER, DECIMAL, DOUBLE or BooleanLiteral (Turtle §2.5.2).</summary>
    public static bool IsShortForm(Iri datatype, string lexical)
    {
        if (datatype.Equals(Vocabulary.Xsd.Integer))
        {
            return TurtleGrammar.IsInteger(lexical);
        }

        if (datatype.Equals(Vocabulary.Xsd.Decimal))
        {
            return TurtleGrammar.IsDecimal(lexical);
        }

        if (datatype.Equals(Vocabulary.Xsd.Double))
        {
            return TurtleGrammar.IsDouble(lexical);
        }

        return datatype.Equals(Vocabulary.Xsd.Boolean) && lexical is "true" or "false";
    }

    /// <summary>
    /// Escapes a local part as PN_LOCAL, or returns null when it cannot be one (a character that is neither allowed
    /// nor escapable, or an unpaired surrogate). <c>%</c> followed by two hex digits stays as it is (PERCENT).
    /// </summary>
    public static string? EscapeLocalName(string local)
    {
        var sb = new StringBuilder(local.Length + 4);
        int i = 0;
        bool first = true;
        while (i < local.Length)
        {
            int start = i;
            int c = TurtleGrammar.NextCodePoint(local, ref i);
            bool last = i == local.Length;
            if (c < 0)
            {
                return null;
            }

            if (c == '%')
            {
                if (i + 1 < local.Length && char.IsAsciiHexDigit(local[i]) && char.IsAsciiHexDigit(local[i + 1]))
                {
                    sb.Append(local, start, 3);
                    i += 2;
                }
                else
                {
                    sb.Append("\\%");
                }
            }
            else if (c == ':'
                || (first && (TurtleGrammar.IsPnCharsU(c) || c is >= '0' and <= '9'))
                || (!first && TurtleGrammar.IsPnChars(c))
                || (!first && !last && c == '.'))
            {
                sb.Append(local, start, i - start);
            }
            else if (c < 0x80 && TurtleGrammar.LocalEscapable.Contains((char)c, StringComparison.Ordinal))
            {
                sb.Append('\\').Append((char)c);
            }
            else
            {
                return null;
            }

            first = false;
        }

        return sb.ToString();
    }

    /// <summary>
    /// How an IRI is written: a prefixed name with the longest namespace that leaves a valid local part, else an IRI
    /// reference, relative to the base when that reads back the same. Not cached: a writer that numbers its terms
    /// keeps the spellings by number (<see cref="PrettyTurtleSerializer"/>), which is cheaper than hashing the IRI.
    /// </summary>
    public Spelling Spell(Iri iri)
    {
        string value = iri.Value;
        PrefixEntry? best = null;
        string? bestLocal = null;
        foreach (PrefixEntry entry in _prefixes)
        {
            string ns = entry.Namespace.Value;
            if (value.StartsWith(ns, StringComparison.Ordinal) && (best is null || ns.Length > best.Namespace.Value.Length)
                && EscapeLocalName(value[ns.Length..]) is { } local)
            {
                best = entry;
                bestLocal = local;
            }
        }

        if (best is not null)
        {
            byte[] label = best.Label;
            byte[] localBytes = Encoding.UTF8.GetBytes(bestLocal!);
            return new Spelling([.. label, .. localBytes], best);
        }

        string written = (_base is not null ? Relativize(_base, value) : null) ?? value;
        _scratch.WriteByte((byte)'<');
        TermEscaping.WriteIri(_scratch, written);
        _scratch.WriteByte((byte)'>');
        _scratch.Flush();
        byte[] bytes = _scratchStream.ToArray();
        _scratchStream.SetLength(0);
        return new Spelling(bytes, null);
    }

    /// <summary>
    /// A relative reference that resolves against the base to exactly this IRI (RFC 3986 §5.2), or null. Only the
    /// forms a reader cannot misread are tried (<c>&lt;&gt;</c>, <c>&lt;#x&gt;</c>, a path below the base's directory),
    /// and each is checked by resolving it back.
    /// </summary>
    public static string? Relativize(Iri baseIri, string iri)
    {
        string b = baseIri.Value;
        int hash = b.IndexOf('#', StringComparison.Ordinal);
        string withoutFragment = hash < 0 ? b : b[..hash];
        var candidates = new List<string>(3);
        if (iri == withoutFragment)
        {
            candidates.Add(string.Empty);
        }

        if (iri.Length > withoutFragment.Length && iri.StartsWith(withoutFragment, StringComparison.Ordinal)
            && iri[withoutFragment.Length] == '#')
        {
            candidates.Add(iri[withoutFragment.Length..]);
        }

        int query = withoutFragment.IndexOf('?', StringComparison.Ordinal);
        string path = query < 0 ? withoutFragment : withoutFragment[..query];
        int authority = path.IndexOf("//", StringComparison.Ordinal);
        int slash = path.LastIndexOf('/');
        if (slash > (authority < 0 ? path.IndexOf(':', StringComparison.Ordinal) : authority + 1)
            && iri.Length > slash + 1 && iri.StartsWith(path[..(slash + 1)], StringComparison.Ordinal))
        {
            string rest = iri[(slash + 1)..];
            if (rest[0] is not ('/' or '?' or '#') && !rest.StartsWith('.'))
            {
                candidates.Add(rest);
            }
        }

        foreach (string candidate in candidates)
        {
            if (baseIri.TryResolve(candidate, out Iri? resolved) && resolved.Value == iri)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>An IRI as written, in UTF-8, and the prefix it uses, if any.</summary>
    internal readonly record struct Spelling(byte[] Bytes, PrefixEntry? Prefix);

    internal sealed class PrefixEntry(string prefix, Iri ns)
    {
        public string Prefix { get; } = prefix;

        public Iri Namespace { get; } = ns;

        /// <summary><c>prefix:</c> in UTF-8.</summary>
        public byte[] Label { get; } = Encoding.UTF8.GetBytes(prefix + ":");

        public bool Declared { get; init; }

        public bool Used { get; set; }
    }
}
