using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>XPath constructor functions (§17.5): casts to xsd:string, boolean, integer, decimal, float, double, dateTime.</summary>
internal static class Casts
{
    public static bool IsCast(Iri function) =>
        function.Equals(Vocabulary.Xsd.String) || function.Equals(Vocabulary.Xsd.Boolean) || function.Equals(Vocabulary.Xsd.Integer)
        || function.Equals(Vocabulary.Xsd.Decimal) || function.Equals(Vocabulary.Xsd.Float) || function.Equals(Vocabulary.Xsd.Double)
        || function.Equals(Vocabulary.Xsd.DateTime);

    /// <summary>
    /// The string a value casts to (XPath 2.0 §17.1.2): booleans as true/false, decimals without trailing zeros,
    /// doubles and floats in plain notation between 1e-6 and 1e6 and in E notation outside; other literals as written.
    /// </summary>
    private static string CanonicalString(Literal l)
    {
        if (l.Datatype.Equals(Vocabulary.Xsd.Boolean) && Ebv.TryParseBoolean(l.LexicalForm, out bool b))
        {
            return b ? "true" : "false";
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
        bool isNumeric = Numeric.TryGet(lit, out Numeric n);
        bool isBool = lit.Datatype.Equals(Vocabulary.Xsd.Boolean) && Ebv.TryParseBoolean(s, out _);
        if (!fromString && !isNumeric && !isBool && !lit.Datatype.Equals(Vocabulary.Xsd.DateTime))
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

        if (target.Equals(Vocabulary.Xsd.DateTime))
        {
            if (fromString || lit.Datatype.Equals(Vocabulary.Xsd.DateTime))
            {
                return XsdDateTime.TryParse(s, false, out _) ? new Literal(s, Vocabulary.Xsd.DateTime) : null;
            }

            return null;
        }

        return null;
    }
}
