using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Short forms of terms for people (the terminal table, the printed plan): numbers and booleans bare as SPARQL
/// writes them (§19.8), datatype IRIs abbreviated, xsd: even when the query declares no prefix for it; and the
/// width a string takes in a terminal.
/// </summary>
internal static class TermDisplay
{
    private static readonly PrefixMap s_xsd = PrefixMap.Empty.Add("xsd", Vocabulary.Xsd.Namespace);

    /// <summary>
    /// The short form of a term. IRIs are abbreviated with <paramref name="prefixes"/> when <paramref name="abbreviate"/>
    /// accepts the local part (the table takes any, the SSE of a plan only plain names).
    /// </summary>
    public static string Show(Term term, PrefixMap? prefixes, Func<string, bool> abbreviate)
    {
        switch (term)
        {
            case Iri iri:
                return prefixes is not null && prefixes.TryAbbreviate(iri, out string? prefix, out string? local) && abbreviate(local)
                    ? prefix + ":" + local
                    : iri.ToString();
            case Literal { Language: null } literal when !literal.IsSimple:
                string lexical = literal.LexicalForm;
                Iri type = literal.Datatype;
                if ((type.Equals(Vocabulary.Xsd.Integer) && IsInteger(lexical))
                    || (type.Equals(Vocabulary.Xsd.Decimal) && IsDecimal(lexical))
                    || (type.Equals(Vocabulary.Xsd.Double) && IsDouble(lexical))
                    || (type.Equals(Vocabulary.Xsd.Boolean) && lexical is "true" or "false"))
                {
                    return lexical;
                }

                string text = literal.ToString();
                string datatype = prefixes is not null && prefixes.TryAbbreviate(type, out string? p, out string? l) && IsPlainLocal(l)
                    ? p + ":" + l
                    : Show(type, s_xsd, IsPlainLocal);
                return text[..(text.Length - type.ToString().Length)] + datatype;
            default:
                return term.ToString();
        }
    }

    /// <summary>A local name that needs no escaping: letters, digits, '_', '-', '.' (not first or last).</summary>
    public static bool IsPlainLocal(string local)
    {
        if (local.Length == 0 || local[^1] == '.' || local[0] is '-' or '.')
        {
            return false;
        }

        foreach (char c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The columns a string takes in a terminal: East Asian wide and fullwidth characters and most emoji take two,
    /// combining marks and zero-width format characters none, everything else one.
    /// </summary>
    public static int Width(string s)
    {
        int width = 0;
        foreach (Rune r in s.EnumerateRunes())
        {
            width += Width(r);
        }

        return width;
    }

    public static int Width(Rune r)
    {
        UnicodeCategory category = Rune.GetUnicodeCategory(r);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        int v = r.Value;
        bool wide = v is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x1F300 and <= 0x1F64F) or (>= 0x1F900 and <= 0x1F9FF) or (>= 0x20000 and <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    private static bool IsInteger(string s)
    {
        int start = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        return s.Length > start && s.AsSpan(start).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    private static bool IsDecimal(string s)
    {
        int dot = s.IndexOf('.', StringComparison.Ordinal);
        return dot >= 0 && dot < s.Length - 1 && IsInteger(s.Remove(dot, 1)) && (dot > 0 && s[dot - 1] is >= '0' and <= '9');
    }

    private static bool IsDouble(string s)
    {
        // Turtle's DOUBLE: a mantissa with digits, then an exponent (§19.8 DOUBLE).
        int e = s.IndexOfAny(['e', 'E']);
        if (e <= 0 || e == s.Length - 1)
        {
            return false;
        }

        string mantissa = s[..e];
        return (IsInteger(mantissa) || IsDecimal(mantissa)) && IsInteger(s[(e + 1)..]);
    }
}
