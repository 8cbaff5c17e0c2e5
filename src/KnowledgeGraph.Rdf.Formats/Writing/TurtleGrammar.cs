using System.Text;

namespace KnowledgeGraph.Rdf.Formats.Writing;

/// <summary>
/// Character classes and lexical checks from the Turtle grammar (RDF 1.2 Turtle §6.5) that writers need to decide
/// whether a short form is allowed: PN_CHARS_BASE, PN_CHARS_U, PN_CHARS, PN_PREFIX, BLANK_NODE_LABEL,
/// INTEGER, DECIMAL, DOUBLE.
/// </summary>
internal static class TurtleGrammar
{
    /// <summary>The characters PN_LOCAL_ESC lets a local name escape with a backslash.</summary>
    public const string LocalEscapable = "_~.-!$&'()*+,;=/?#@%";

    public static bool IsPnCharsBase(int c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')
            or (>= 0x00C0 and <= 0x00D6) or (>= 0x00D8 and <= 0x00F6) or (>= 0x00F8 and <= 0x02FF)
            or (>= 0x0370 and <= 0x037D) or (>= 0x037F and <= 0x1FFF) or (>= 0x200C and <= 0x200D)
            or (>= 0x2070 and <= 0x218F) or (>= 0x2C00 and <= 0x2FEF) or (>= 0x3001 and <= 0xD7FF)
            or (>= 0xF900 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFFD) or (>= 0x10000 and <= 0xEFFFF);

    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    public static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c == '-' || c is (>= '0' and <= '9') || c == 0x00B7
            || c is (>= 0x0300 and <= 0x036F) or (>= 0x203F and <= 0x2040);

    /// <summary>PN_PREFIX, or the empty prefix.</summary>
    public static bool IsPrefixName(string prefix)
    {
        if (prefix.Length == 0)
        {
            return true;
        }

        return IsDottedName(prefix, first: IsPnCharsBase);
    }

    /// <summary>The part after <c>_:</c> in BLANK_NODE_LABEL.</summary>
    public static bool IsBlankNodeLabel(string label)
    {
        // Fast path for the usual generated labels: ASCII letters, digits, '_' and '-'.
        bool simple = label.Length > 0 && label[0] != '-';
        foreach (char c in label)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-'))
            {
                simple = false;
                break;
            }
        }

        return simple || IsDottedName(label, first: c => IsPnCharsU(c) || c is (>= '0' and <= '9'));
    }

    /// <summary>INTEGER: <c>[+-]? [0-9]+</c>.</summary>
    public static bool IsInteger(string s)
    {
        int i = SkipSign(s);
        int digits = SkipDigits(s, ref i);
        return digits > 0 && i == s.Length;
    }

    /// <summary>DECIMAL: <c>[+-]? [0-9]* '.' [0-9]+</c>.</summary>
    public static bool IsDecimal(string s)
    {
        int i = SkipSign(s);
        SkipDigits(s, ref i);
        if (i >= s.Length || s[i] != '.')
        {
            return false;
        }

        i++;
        int fraction = SkipDigits(s, ref i);
        return fraction > 0 && i == s.Length;
    }

    /// <summary>DOUBLE: <c>[+-]? ([0-9]+ ('.' [0-9]*)? | '.' [0-9]+) [eE] [+-]? [0-9]+</c>.</summary>
    public static bool IsDouble(string s)
    {
        int i = SkipSign(s);
        int whole = SkipDigits(s, ref i);
        int fraction = 0;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            fraction = SkipDigits(s, ref i);
        }

        if (whole == 0 && fraction == 0)
        {
            return false;
        }

        if (i >= s.Length || (s[i] != 'e' && s[i] != 'E'))
        {
            return false;
        }

        i++;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            i++;
        }

        int exponent = SkipDigits(s, ref i);
        return exponent > 0 && i == s.Length;
    }

    private static int SkipSign(string s) => s.Length > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0;

    private static int SkipDigits(string s, ref int i)
    {
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i - start;
    }

    /// <summary><c>first ((PN_CHARS | '.')* PN_CHARS)?</c>, by code point.</summary>
    private static bool IsDottedName(string s, Func<int, bool> first)
    {
        int index = 0;
        int last = -1;
        for (int i = 0; i < s.Length;)
        {
            int c = NextCodePoint(s, ref i);
            if (c < 0 || (index == 0 ? !first(c) : !(IsPnChars(c) || c == '.')))
            {
                return false;
            }

            last = c;
            index++;
        }

        return index > 0 && (index == 1 || last != '.');
    }

    /// <summary>The code point at <paramref name="i"/> (advancing past it), or -1 for an unpaired surrogate.</summary>
    public static int NextCodePoint(string s, ref int i)
    {
        if (Rune.DecodeFromUtf16(s.AsSpan(i), out Rune rune, out int used) != System.Buffers.OperationStatus.Done)
        {
            i++;
            return -1;
        }

        i += used;
        return rune.Value;
    }
}
