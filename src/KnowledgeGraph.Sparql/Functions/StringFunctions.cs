using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The functions on strings of §17.4.3, with the argument compatibility rules of §17.4.3.1.</summary>
internal static class StringFunctions
{
    private static readonly ConcurrentDictionary<(string Pattern, string Flags), Regex?> s_regexCache = new();

    /// <summary>A literal with the same language tag or datatype as <paramref name="like"/> (xsd:string stays simple).</summary>
    private static Literal SameKind(Literal like, string value) =>
        like.Language is not null ? new Literal(value, like.Language) : new Literal(value);

    /// <summary>§17.4.3.1.1: both simple/xsd:string, both with the same tag, or a tagged first and a simple second.</summary>
    private static bool Compatible(Literal a, Literal b) =>
        b.Language is null || (a.Language is not null && string.Equals(a.Language, b.Language, StringComparison.OrdinalIgnoreCase));

    private static bool TryStringArgs(Term? x, Term? y, out Literal a, out Literal b)
    {
        a = null!;
        b = null!;
        if (x is not Literal la || y is not Literal lb || !XsdTypes.IsStringLike(la) || !XsdTypes.IsStringLike(lb) || !Compatible(la, lb))
        {
            return false;
        }

        a = la;
        b = lb;
        return true;
    }

    public static Term? StrLen(Term a) =>
        a is Literal l && XsdTypes.IsStringLike(l) ? Literal.Create((long)CodePointCount(l.LexicalForm)) : null;

    private static int CodePointCount(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (!char.IsLowSurrogate(s[i]))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>fn:substring with XPath rounding: characters at positions p with round(start) ≤ p &lt; round(start) + round(length).</summary>
    public static Term? Substr(Term source, Term start, Term? length)
    {
        if (source is not Literal l || !XsdTypes.IsStringLike(l) || !Numeric.TryGet(start, out Numeric s))
        {
            return null;
        }

        Numeric len = default;
        if (length is not null && !Numeric.TryGet(length, out len))
        {
            return null;
        }

        int[] cps = ToCodePoints(l.LexicalForm);
        double from = XPathRound(s.AsDouble);
        double to = length is null ? double.PositiveInfinity : from + XPathRound(len.AsDouble);
        var sb = new StringBuilder();
        for (int p = 1; p <= cps.Length; p++)
        {
            if (p >= from && p < to)
            {
                sb.Append(char.ConvertFromUtf32(cps[p - 1]));
            }
        }

        return SameKind(l, sb.ToString());
    }

    private static double XPathRound(double v) => double.IsNaN(v) || double.IsInfinity(v) ? v : Math.Floor(v + 0.5);

    private static int[] ToCodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length)
            {
                list.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                list.Add(s[i]);
            }
        }

        return [.. list];
    }

    public static Term? UCase(Term a) => a is Literal l && XsdTypes.IsStringLike(l) ? SameKind(l, l.LexicalForm.ToUpperInvariant()) : null;

    public static Term? LCase(Term a) => a is Literal l && XsdTypes.IsStringLike(l) ? SameKind(l, l.LexicalForm.ToLowerInvariant()) : null;

    public static Term? StrStarts(Term x, Term y) =>
        TryStringArgs(x, y, out Literal a, out Literal b) ? Ebv.Of(a.LexicalForm.StartsWith(b.LexicalForm, StringComparison.Ordinal)) : null;

    public static Term? StrEnds(Term x, Term y) =>
        TryStringArgs(x, y, out Literal a, out Literal b) ? Ebv.Of(a.LexicalForm.EndsWith(b.LexicalForm, StringComparison.Ordinal)) : null;

    public static Term? Contains(Term x, Term y) =>
        TryStringArgs(x, y, out Literal a, out Literal b) ? Ebv.Of(a.LexicalForm.Contains(b.LexicalForm, StringComparison.Ordinal)) : null;

    /// <summary>STRBEFORE (§17.4.3.11): no match gives the empty simple literal.</summary>
    public static Term? StrBefore(Term x, Term y)
    {
        if (!TryStringArgs(x, y, out Literal a, out Literal b))
        {
            return null;
        }

        int i = a.LexicalForm.IndexOf(b.LexicalForm, StringComparison.Ordinal);
        return i < 0 ? new Literal("") : SameKind(a, a.LexicalForm[..i]);
    }

    /// <summary>STRAFTER (§17.4.3.12): no match gives the empty simple literal.</summary>
    public static Term? StrAfter(Term x, Term y)
    {
        if (!TryStringArgs(x, y, out Literal a, out Literal b))
        {
            return null;
        }

        int i = a.LexicalForm.IndexOf(b.LexicalForm, StringComparison.Ordinal);
        return i < 0 ? new Literal("") : SameKind(a, a.LexicalForm[(i + b.LexicalForm.Length)..]);
    }

    public static Term? EncodeForUri(Term a)
    {
        if (a is not Literal l || !XsdTypes.IsStringLike(l))
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(l.LexicalForm))
        {
            char c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return new Literal(sb.ToString());
    }

    /// <summary>CONCAT (§17.4.3.3): keeps a language tag only when every argument has that tag.</summary>
    public static Term? Concat(IReadOnlyList<Term> args)
    {
        var sb = new StringBuilder();
        string? lang = null;
        bool sameLang = true;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] is not Literal l || !XsdTypes.IsStringLike(l))
            {
                return null;
            }

            sb.Append(l.LexicalForm);
            if (i == 0)
            {
                lang = l.Language;
            }
            else if (!string.Equals(lang, l.Language, StringComparison.OrdinalIgnoreCase))
            {
                sameLang = false;
            }
        }

        return sameLang && lang is not null ? new Literal(sb.ToString(), lang) : new Literal(sb.ToString());
    }

    /// <summary>langMatches (§17.4.3.16, RFC 4647 basic filtering).</summary>
    public static Term? LangMatches(Term tag, Term range)
    {
        if (tag is not Literal t || range is not Literal r || !XsdTypes.IsStringLiteral(t) || !XsdTypes.IsStringLiteral(r))
        {
            return null;
        }

        string a = t.LexicalForm, b = r.LexicalForm;
        if (b == "*")
        {
            return Ebv.Of(a.Length > 0);
        }

        return Ebv.Of(a.Equals(b, StringComparison.OrdinalIgnoreCase)
            || (a.Length > b.Length && a[b.Length] == '-' && a.StartsWith(b, StringComparison.OrdinalIgnoreCase)));
    }

    internal static Regex? GetRegex(string pattern, string flags) =>
        s_regexCache.GetOrAdd((pattern, flags), static key =>
        {
            var options = RegexOptions.CultureInvariant;
            string p = key.Pattern;
            foreach (char f in key.Flags)
            {
                switch (f)
                {
                    case 'i': options |= RegexOptions.IgnoreCase; break;
                    case 's': options |= RegexOptions.Singleline; break;
                    case 'm': options |= RegexOptions.Multiline; break;
                    case 'x': options |= RegexOptions.IgnorePatternWhitespace; break;
                    case 'q': p = Regex.Escape(p); break;
                    default: return null;
                }
            }

            try
            {
                return new Regex(p, options, TimeSpan.FromSeconds(5));
            }
            catch (ArgumentException)
            {
                return null;
            }
        });

    /// <summary>REGEX (§17.4.3.14, XPath fn:matches).</summary>
    public static Term? RegexMatch(Term text, Term pattern, Term? flags)
    {
        if (text is not Literal t || !XsdTypes.IsStringLike(t) || pattern is not Literal p || !XsdTypes.IsStringLiteral(p))
        {
            return null;
        }

        string f = "";
        if (flags is not null)
        {
            if (flags is not Literal fl || !XsdTypes.IsStringLiteral(fl))
            {
                return null;
            }

            f = fl.LexicalForm;
        }

        Regex? re = GetRegex(p.LexicalForm, f);
        return re is null ? null : Ebv.Of(re.IsMatch(t.LexicalForm));
    }

    /// <summary>REPLACE (§17.4.3.15, XPath fn:replace): $n refers to groups, \$ and \\ are literal.</summary>
    public static Term? Replace(Term text, Term pattern, Term replacement, Term? flags)
    {
        if (text is not Literal t || !XsdTypes.IsStringLike(t) || pattern is not Literal p || !XsdTypes.IsStringLiteral(p)
            || replacement is not Literal r || !XsdTypes.IsStringLiteral(r))
        {
            return null;
        }

        string f = "";
        if (flags is not null)
        {
            if (flags is not Literal fl || !XsdTypes.IsStringLiteral(fl))
            {
                return null;
            }

            f = fl.LexicalForm;
        }

        Regex? re = GetRegex(p.LexicalForm, f);
        if (re is null || re.IsMatch(""))
        {
            return null;
        }

        var sb = new StringBuilder();
        string rep = r.LexicalForm;
        for (int i = 0; i < rep.Length; i++)
        {
            char c = rep[i];
            if (c == '\\' && i + 1 < rep.Length && rep[i + 1] is '\\' or '$')
            {
                sb.Append(rep[i + 1] == '$' ? "$$" : "\\");
                i++;
            }
            else if (c == '$')
            {
                int j = i + 1;
                while (j < rep.Length && char.IsAsciiDigit(rep[j]))
                {
                    j++;
                }

                if (j == i + 1)
                {
                    return null;
                }

                sb.Append("${").Append(rep, i + 1, j - i - 1).Append('}');
                i = j - 1;
            }
            else
            {
                sb.Append(c);
            }
        }

        return SameKind(t, re.Replace(t.LexicalForm, sb.ToString()));
    }
}
