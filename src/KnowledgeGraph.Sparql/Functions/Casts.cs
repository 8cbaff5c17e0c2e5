using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// XPath constructor functions (§17.5): casts to xsd:string, boolean, integer, decimal, float, double, dateTime, and
/// (§17.3.1, as Jena and Oxigraph do) to xsd:date, time, duration, yearMonthDuration and dayTimeDuration following the
/// casting table of F&amp;O 3.1 §19.1.
/// </summary>
internal static class Casts
{
    public static bool IsCast(Iri function) =>
        function.Equals(Vocabulary.Xsd.String) || function.Equals(Vocabulary.Xsd.Boolean) || function.Equals(Vocabulary.Xsd.Integer)
        || function.Equals(Vocabulary.Xsd.Decimal) || function.Equals(Vocabulary.Xsd.Float) || function.Equals(Vocabulary.Xsd.Double)
        || TryTemporalKind(function, out _) || XsdDuration.TryKindOf(function, out _);

    private static bool TryTemporalKind(Iri datatype, out TemporalKind kind)
    {
        kind = datatype.Equals(Vocabulary.Xsd.Date) ? TemporalKind.Date : datatype.Equals(Vocabulary.Xsd.Time) ? TemporalKind.Time : TemporalKind.DateTime;
        return kind != TemporalKind.DateTime || datatype.Equals(Vocabulary.Xsd.DateTime);
    }

    /// <summary>
    /// The string a value casts to (XPath 2.0 §17.1.2, F&amp;O 3.1 §19.1.2): booleans as true/false, decimals without
    /// trailing zeros, doubles and floats in plain notation between 1e-6 and 1e6 and in E notation outside, dates,
    /// times and durations in their canonical form; other literals as written.
    /// </summary>
    private static string CanonicalString(Literal l)
    {
        if (l.Datatype.Equals(Vocabulary.Xsd.Boolean) && Ebv.TryParseBoolean(l.LexicalForm, out bool b))
        {
            return b ? "true" : "false";
        }

        if (XsdDateTime.TryGet(l, out XsdDateTime dateTime))
        {
            return dateTime.ToString();
        }

        if (XsdDuration.TryGet(l, out XsdDuration duration))
        {
            return duration.ToString();
        }

        if (!Numeric.TryGet(l, out Numeric n))
        {
            return l.LexicalForm;
        }

        if (n.Type < NumericType.Float)
        {
            string s = n.Exact.ToString(CultureInfo.InvariantCulture);
            return s.Contains('.', StringComparison.Ordinal) ? s.TrimEnd('0').TrimEnd('.') : s;
        }

        double v = n.Approximate;
        if (double.IsNaN(v))
        {
            return "NaN";
        }

        if (double.IsInfinity(v))
        {
            return v > 0 ? "INF" : "-INF";
        }

        if (v == 0)
        {
            return double.IsNegative(v) ? "-0" : "0";
        }

        double abs = Math.Abs(v);
        string r = n.Type == NumericType.Float ? ((float)v).ToString("R", CultureInfo.InvariantCulture) : v.ToString("R", CultureInfo.InvariantCulture);
        if (abs >= 1e-6 && abs < 1e6)
        {
            return ((decimal)double.Parse(r, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
        }

        double exp = Math.Floor(Math.Log10(abs));
        double mantissa = v / Math.Pow(10, exp);
        string m = mantissa.ToString("0.0##############", CultureInfo.InvariantCulture);
        return m + "E" + exp.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Casts a term; null is a type error.</summary>
    public static Term? Cast(Iri target, Term? arg)
    {
        if (arg is null || arg is BlankNode || arg is TripleTerm)
        {
            return null;
        }

        if (target.Equals(Vocabulary.Xsd.String))
        {
            return arg is Iri iri ? new Literal(iri.Value) : arg is Literal { Language: null } l ? new Literal(CanonicalString(l)) : null;
        }

        if (arg is not Literal lit || lit.Language is not null)
        {
            return null;
        }

        bool fromString = lit.Datatype.Equals(Vocabulary.Xsd.String);
        string s = fromString ? lit.LexicalForm.Trim() : lit.LexicalForm;
        if (TryTemporalKind(target, out TemporalKind temporal))
        {
            return ToTemporal(temporal, lit, fromString, s);
        }

        if (XsdDuration.TryKindOf(target, out DurationKind durationKind))
        {
            return ToDuration(durationKind, lit, fromString, s);
        }

        bool isNumeric = Numeric.TryGet(lit, out Numeric n);
        bool isBool = lit.Datatype.Equals(Vocabulary.Xsd.Boolean) && Ebv.TryParseBoolean(s, out _);
        if (!fromString && !isNumeric && !isBool)
        {
            return null;
        }

        if (target.Equals(Vocabulary.Xsd.Boolean))
        {
            if (fromString || isBool)
            {
                return Ebv.TryParseBoolean(s, out bool b) ? Ebv.Of(b) : null;
            }

            return isNumeric ? Ebv.Of(Ebv.Get(lit) ?? false) : null;
        }

        if (target.Equals(Vocabulary.Xsd.Integer))
        {
            if (fromString)
            {
                return Numeric.IsIntegerLexical(s) && decimal.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal d)
                    ? new Numeric(NumericType.Integer, d, (double)d).ToLiteral() : null;
            }

            if (isBool)
            {
                return Literal.Create(lit.LexicalForm is "true" or "1" ? 1L : 0L);
            }

            if (isNumeric)
            {
                if (n.Type >= NumericType.Float)
                {
                    if (double.IsNaN(n.Approximate) || double.IsInfinity(n.Approximate) || Math.Abs(n.Approximate) > 7.9e28)
                    {
                        return null;
                    }

                    return new Numeric(NumericType.Integer, decimal.Truncate((decimal)n.Approximate), 0).ToLiteral();
                }

                return new Numeric(NumericType.Integer, decimal.Truncate(n.Exact), 0).ToLiteral();
            }

            return null;
        }

        if (target.Equals(Vocabulary.Xsd.Decimal))
        {
            if (fromString)
            {
                return Numeric.IsDecimalLexical(s) && decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d)
                    ? Literal.Create(d) : null;
            }

            if (isBool)
            {
                return Literal.Create(lit.LexicalForm is "true" or "1" ? 1m : 0m);
            }

            if (isNumeric)
            {
                if (n.Type >= NumericType.Float)
                {
                    return double.IsNaN(n.Approximate) || double.IsInfinity(n.Approximate) || Math.Abs(n.Approximate) > 7.9e28
                        ? null : Literal.Create((decimal)n.Approximate);
                }

                return Literal.Create(n.Exact);
            }

            return null;
        }

        if (target.Equals(Vocabulary.Xsd.Double) || target.Equals(Vocabulary.Xsd.Float))
        {
            bool toFloat = target.Equals(Vocabulary.Xsd.Float);
            double v;
            if (fromString)
            {
                if (!Numeric.TryParseDouble(s, out v))
                {
                    return null;
                }
            }
            else if (isBool)
            {
                v = lit.LexicalForm is "true" or "1" ? 1 : 0;
            }
            else if (isNumeric)
            {
                v = n.AsDouble;
            }
            else
            {
                return null;
            }

            return new Numeric(toFloat ? NumericType.Float : NumericType.Double, 0, toFloat ? (float)v : v).ToLiteral();
        }

        return null;
    }

    /// <summary>
    /// Casts to xsd:dateTime, date or time (F&amp;O 3.1 §19.1): from a string by its lexical form; a dateTime to its
    /// date or its time, a date to its first instant; the timezone stays. Time to date and date to time are errors.
    /// </summary>
    private static Literal? ToTemporal(TemporalKind target, Literal lit, bool fromString, string s)
    {
        if (fromString)
        {
            return XsdDateTime.TryParse(s, target, out XsdDateTime parsed) ? parsed.ToLiteral() : null;
        }

        if (!XsdDateTime.TryGet(lit, out XsdDateTime d))
        {
            return null;
        }

        bool allowed = d.Kind == target || d.Kind == TemporalKind.DateTime || (d.Kind == TemporalKind.Date && target == TemporalKind.DateTime);
        return allowed ? XsdDateTime.Create(target, d.LocalSeconds, d.TimezoneMinutes)?.ToLiteral() : null;
    }

    /// <summary>
    /// Casts to xsd:duration, yearMonthDuration or dayTimeDuration (F&amp;O 3.1 §19.1): from a string by its lexical
    /// form; between durations a yearMonthDuration keeps the months, a dayTimeDuration the seconds.
    /// </summary>
    private static Literal? ToDuration(DurationKind target, Literal lit, bool fromString, string s)
    {
        if (fromString)
        {
            return XsdDuration.TryParse(s, target, out XsdDuration parsed) ? parsed.ToLiteral() : null;
        }

        if (!XsdDuration.TryGet(lit, out XsdDuration d))
        {
            return null;
        }

        long months = target == DurationKind.DayTime ? 0 : d.Months;
        decimal seconds = target == DurationKind.YearMonth ? 0 : d.Seconds;
        return new XsdDuration(target, months, seconds).ToLiteral();
    }
}
