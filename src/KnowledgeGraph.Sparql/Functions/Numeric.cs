using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The numeric type promotion order of XPath (§17.3 operator mapping): integer ⊂ decimal ⊂ float ⊂ double.</summary>
internal enum NumericType
{
    Integer,
    Decimal,
    Float,
    Double,
}

/// <summary>
/// A numeric value: integers and decimals held as <see cref="decimal"/> (28 digits; larger values are an overflow
/// error), floats and doubles as <see cref="double"/>.
/// </summary>
internal readonly record struct Numeric(NumericType Type, decimal Exact, double Approximate)
{
    public static Numeric Of(long v) => new(NumericType.Integer, v, v);

    public static Numeric OfDecimal(decimal v) => new(NumericType.Decimal, v, (double)v);

    public static Numeric OfDouble(double v) => new(NumericType.Double, 0, v);

    public double AsDouble => Type >= NumericType.Float ? Approximate : (double)Exact;

    /// <summary>Reads a literal of a numeric datatype; false when it is not numeric or ill-typed.</summary>
    public static bool TryGet(Term? term, out Numeric value)
    {
        value = default;
        if (term is not Literal { Language: null } l)
        {
            return false;
        }

        string s = l.LexicalForm;
        Iri dt = l.Datatype;
        if (XsdTypes.IsIntegerType(dt))
        {
            if (!IsIntegerLexical(s) || !decimal.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal d))
            {
                return false;
            }

            if (!IntegerSubtypeAllows(dt, d))
            {
                return false;
            }

            value = new Numeric(NumericType.Integer, d, (double)d);
            return true;
        }

        if (dt.Equals(Vocabulary.Xsd.Decimal))
        {
            if (!IsDecimalLexical(s) || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d))
            {
                return false;
            }

            value = new Numeric(NumericType.Decimal, d, (double)d);
            return true;
        }

        if (dt.Equals(Vocabulary.Xsd.Double) || dt.Equals(Vocabulary.Xsd.Float))
        {
            if (!TryParseDouble(s, out double v))
            {
                return false;
            }

            if (dt.Equals(Vocabulary.Xsd.Float))
            {
                v = (float)v;
            }

            value = new Numeric(dt.Equals(Vocabulary.Xsd.Float) ? NumericType.Float : NumericType.Double, 0, v);
            return true;
        }

        return false;
    }

    private static bool IntegerSubtypeAllows(Iri dt, decimal d)
    {
        string local = dt.Value[(dt.Value.IndexOf('#', StringComparison.Ordinal) + 1)..];
        return local switch
        {
            "nonNegativeInteger" or "unsignedLong" or "unsignedInt" or "unsignedShort" or "unsignedByte" => d >= 0
                && (local != "unsignedInt" || d <= uint.MaxValue) && (local != "unsignedShort" || d <= ushort.MaxValue)
                && (local != "unsignedByte" || d <= byte.MaxValue) && (local != "unsignedLong" || d <= ulong.MaxValue),
            "positiveInteger" => d > 0,
            "nonPositiveInteger" => d <= 0,
            "negativeInteger" => d < 0,
            "long" => d >= long.MinValue && d <= long.MaxValue,
            "int" => d >= int.MinValue && d <= int.MaxValue,
            "short" => d >= short.MinValue && d <= short.MaxValue,
            "byte" => d >= sbyte.MinValue && d <= sbyte.MaxValue,
            _ => true,
        };
    }

    public static bool IsIntegerLexical(string s)
    {
        int i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        if (i == s.Length)
        {
            return false;
        }

        for (; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsDecimalLexical(string s)
    {
        int i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        bool digits = false;
        bool dot = false;
        for (; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                digits = true;
            }
            else if (s[i] == '.' && !dot)
            {
                dot = true;
            }
            else
            {
                return false;
            }
        }

        return digits;
    }

    public static bool TryParseDouble(string s, out double v)
    {
        switch (s)
        {
            case "INF" or "+INF":
                v = double.PositiveInfinity;
                return true;
            case "-INF":
                v = double.NegativeInfinity;
                return true;
            case "NaN":
                v = double.NaN;
                return true;
        }

        foreach (char c in s)
        {
            if (!(char.IsAsciiDigit(c) || c is '+' or '-' or '.' or 'e' or 'E'))
            {
                v = 0;
                return false;
            }
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v);
    }

    /// <summary>A decimal without trailing zeros in its fraction and without a point when it is whole ("1.5", "2").</summary>
    public static string PlainDecimal(decimal v)
    {
        string s = v.ToString(CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) ? s.TrimEnd('0').TrimEnd('.') : s;
    }

    public static NumericType Promote(NumericType a, NumericType b) => a > b ? a : b;

    /// <summary>The literal for this value, in the canonical form of its type.</summary>
    public Literal ToLiteral() => Type switch
    {
        NumericType.Integer => new Literal(decimal.Truncate(Exact).ToString(CultureInfo.InvariantCulture), Vocabulary.Xsd.Integer),
        NumericType.Decimal => Literal.Create(Exact),
        NumericType.Float => new Literal(FormatFloat(Approximate), Vocabulary.Xsd.Float),
        _ => Literal.Create(Approximate),
    };

    private static string FormatFloat(double v) =>
        double.IsNaN(v) ? "NaN" : double.IsPositiveInfinity(v) ? "INF" : double.IsNegativeInfinity(v) ? "-INF"
        : ((float)v).ToString("0.0######E0", CultureInfo.InvariantCulture);

    /// <summary>Arithmetic (§17.3: op:numeric-add etc.); null is a type error (overflow, decimal division by zero).</summary>
    public static Numeric? Arithmetic(char op, Numeric a, Numeric b)
    {
        NumericType t = Promote(a.Type, b.Type);
        if (op == '/' && t == NumericType.Integer)
        {
            t = NumericType.Decimal;
        }

        if (t >= NumericType.Float)
        {
            double x = a.AsDouble, y = b.AsDouble;
            double r = op switch { '+' => x + y, '-' => x - y, '*' => x * y, _ => x / y };
            if (t == NumericType.Float)
            {
                r = (float)r;
            }

            return new Numeric(t, 0, r);
        }

        try
        {
            decimal x = a.Exact, y = b.Exact;
            if (op == '/' && y == 0)
            {
                return null;
            }

            decimal r = op switch { '+' => x + y, '-' => x - y, '*' => x * y, _ => x / y };
            return new Numeric(t, r, (double)r);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Compares two numerics; null when unordered (NaN).</summary>
    public static int? Compare(Numeric a, Numeric b)
    {
        NumericType t = Promote(a.Type, b.Type);
        if (t >= NumericType.Float)
        {
            double x = a.AsDouble, y = b.AsDouble;
            return double.IsNaN(x) || double.IsNaN(y) ? null : x.CompareTo(y);
        }

        return a.Exact.CompareTo(b.Exact);
    }

    public Numeric Negate() => Type >= NumericType.Float ? this with { Approximate = -Approximate } : this with { Exact = -Exact, Approximate = -Approximate };
}
