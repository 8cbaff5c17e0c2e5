using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The comparison operators of §17.3 (=, !=, &lt;, ...) and the ORDER BY ordering of §15.1.</summary>
internal static class ValueComparer
{
    /// <summary>RDFterm-equal extended by value equality of known datatypes; null is a type error.</summary>
    public static bool? Equal(Term a, Term b)
    {
        if (a is Literal la && b is Literal lb)
        {
            if (Numeric.TryGet(la, out Numeric x) && Numeric.TryGet(lb, out Numeric y))
            {
                return Numeric.Compare(x, y) == 0;
            }

            if (XsdTypes.IsStringLiteral(la) && XsdTypes.IsStringLiteral(lb))
            {
                return string.Equals(la.LexicalForm, lb.LexicalForm, StringComparison.Ordinal);
            }

            if (la.Datatype.Equals(Vocabulary.Xsd.Boolean) && lb.Datatype.Equals(Vocabulary.Xsd.Boolean)
                && Ebv.TryParseBoolean(la.LexicalForm, out bool p) && Ebv.TryParseBoolean(lb.LexicalForm, out bool q))
            {
                return p == q;
            }

            if (XsdDateTime.TryGet(la, out XsdDateTime d1) && XsdDateTime.TryGet(lb, out XsdDateTime d2))
            {
                // op:dateTime-equal, op:date-equal, op:time-equal (F&O 3.1 §9.4); different kinds are different values.
                if (d1.Kind != d2.Kind)
                {
                    return false;
                }

                int? c = XsdDateTime.Compare(d1, d2);
                return c is null ? null : c == 0;
            }

            if (XsdDuration.TryGet(la, out XsdDuration u1) && XsdDuration.TryGet(lb, out XsdDuration u2))
            {
                return XsdDuration.ValueEquals(u1, u2);
            }

            if (la.Equals(lb))
            {
                return true;
            }

            // Different known value spaces are simply unequal; an unknown datatype (or an ill-typed literal)
            // might denote the same value, so it is an error (§17.4.1.7 RDFterm-equal).
            if (la.Language is not null || lb.Language is not null)
            {
                return false;
            }

            bool knownA = XsdTypes.IsKnownType(la.Datatype) && IsWellTyped(la);
            bool knownB = XsdTypes.IsKnownType(lb.Datatype) && IsWellTyped(lb);
            return knownA && knownB ? false : null;
        }

        return a.Equals(b);
    }

    private static bool IsWellTyped(Literal l)
    {
        if (XsdTypes.IsNumericType(l.Datatype))
        {
            return Numeric.TryGet(l, out _);
        }

        if (l.Datatype.Equals(Vocabulary.Xsd.Boolean))
        {
            return Ebv.TryParseBoolean(l.LexicalForm, out _);
        }

        if (l.Datatype.Equals(Vocabulary.Xsd.DateTime) || l.Datatype.Equals(Vocabulary.Xsd.Date) || l.Datatype.Equals(Vocabulary.Xsd.Time)
            || l.Datatype.Equals(Vocabulary.Xsd.DateTimeStamp))
        {
            return XsdDateTime.TryGet(l, out _);
        }

        if (XsdDuration.TryKindOf(l.Datatype, out _))
        {
            return XsdDuration.TryGet(l, out _);
        }

        return true;
    }

    /// <summary>
    /// The order of &lt; and &gt; (§17.3): numbers, strings, booleans, dateTimes, and (§17.3.1) dates, times,
    /// yearMonthDurations and dayTimeDurations (F&amp;O 3.1 §8.2, §9.4); null when not comparable.
    /// </summary>
    public static int? Compare(Term a, Term b)
    {
        if (a is not Literal la || b is not Literal lb)
        {
            return null;
        }

        if (Numeric.TryGet(la, out Numeric x) && Numeric.TryGet(lb, out Numeric y))
        {
            return Numeric.Compare(x, y);
        }

        if (XsdTypes.IsStringLiteral(la) && XsdTypes.IsStringLiteral(lb))
        {
            return Math.Sign(string.CompareOrdinal(la.LexicalForm, lb.LexicalForm));
        }

        if (la.Datatype.Equals(Vocabulary.Xsd.Boolean) && lb.Datatype.Equals(Vocabulary.Xsd.Boolean)
            && Ebv.TryParseBoolean(la.LexicalForm, out bool p) && Ebv.TryParseBoolean(lb.LexicalForm, out bool q))
        {
            return p.CompareTo(q);
        }

        if (XsdDateTime.TryGet(la, out XsdDateTime d1) && XsdDateTime.TryGet(lb, out XsdDateTime d2))
        {
            return d1.Kind == d2.Kind ? XsdDateTime.Compare(d1, d2) : null;
        }

        if (XsdDuration.TryGet(la, out XsdDuration u1) && XsdDuration.TryGet(lb, out XsdDuration u2))
        {
            return XsdDuration.Compare(u1, u2);
        }

        return null;
    }

    /// <summary>
    /// ORDER BY (§15.1): unbound, blank nodes, IRIs, literals. Literals form a total order that agrees with &lt;
    /// wherever &lt; is defined: first by kind of value (numbers, dateTimes, dates, times, durations, strings, booleans,
    /// anything else), then by value within a kind (NaN first among numbers; a date or time without timezone as if in
    /// UTC, where &lt; would be an error; durations by <see cref="XsdDuration.OrderKey"/>, which orders a yearMonthDuration
    /// against a dayTimeDuration too), then by lexical form, datatype and language. A single key per kind keeps it
    /// transitive, which falling back to lexical order between comparable values would not be (a sort needs that).
    /// </summary>
    public static int OrderCompare(Term? a, Term? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        if (a.Kind != b.Kind)
        {
            return a.Kind.CompareTo(b.Kind);
        }

        if (a is not Literal la || b is not Literal lb)
        {
            return a.CompareTo(b);
        }

        OrderKind ka = KindOf(la, out Numeric na, out XsdDateTime da, out XsdDuration ua);
        OrderKind kb = KindOf(lb, out Numeric nb, out XsdDateTime db, out XsdDuration ub);
        if (ka != kb)
        {
            return ka.CompareTo(kb);
        }

        int byValue = ka switch
        {
            OrderKind.Number => CompareNumbers(na, nb),
            OrderKind.DateTime or OrderKind.Date or OrderKind.Time => da.UtcSeconds.CompareTo(db.UtcSeconds),
            OrderKind.Duration => ua.OrderKey != ub.OrderKey ? ua.OrderKey.CompareTo(ub.OrderKey) : ua.Months.CompareTo(ub.Months),
            OrderKind.Boolean => Ebv.TryParseBoolean(la.LexicalForm, out bool p) && Ebv.TryParseBoolean(lb.LexicalForm, out bool q) ? p.CompareTo(q) : 0,
            _ => 0,
        };
        if (byValue != 0)
        {
            return byValue;
        }

        int byLex = string.CompareOrdinal(la.LexicalForm, lb.LexicalForm);
        if (byLex != 0)
        {
            return byLex;
        }

        // Simple literals sort before other literals of the same lexical form (§15.1).
        if (la.IsSimple != lb.IsSimple)
        {
            return la.IsSimple ? -1 : 1;
        }

        int byType = string.CompareOrdinal(la.Datatype.Value, lb.Datatype.Value);
        return byType != 0 ? byType : string.Compare(la.Language, lb.Language, StringComparison.OrdinalIgnoreCase);
    }

    private static OrderKind KindOf(Literal l, out Numeric number, out XsdDateTime dateTime, out XsdDuration duration)
    {
        dateTime = default;
        duration = default;
        if (Numeric.TryGet(l, out number))
        {
            return OrderKind.Number;
        }

        if (XsdDateTime.TryGet(l, out dateTime))
        {
            return dateTime.Kind switch
            {
                TemporalKind.Date => OrderKind.Date,
                TemporalKind.Time => OrderKind.Time,
                _ => OrderKind.DateTime,
            };
        }

        if (XsdDuration.TryGet(l, out duration))
        {
            return OrderKind.Duration;
        }

        if (l.Language is not null || l.Datatype.Equals(Vocabulary.Xsd.String))
        {
            return OrderKind.String;
        }

        return l.Datatype.Equals(Vocabulary.Xsd.Boolean) && Ebv.TryParseBoolean(l.LexicalForm, out _) ? OrderKind.Boolean : OrderKind.Other;
    }

    /// <summary>Numbers by value, NaN before every other number.</summary>
    private static int CompareNumbers(Numeric a, Numeric b)
    {
        bool nanA = double.IsNaN(a.AsDouble), nanB = double.IsNaN(b.AsDouble);
        if (nanA || nanB)
        {
            return nanA == nanB ? 0 : nanA ? -1 : 1;
        }

        return Numeric.Compare(a, b) ?? 0;
    }

    private enum OrderKind
    {
        Number,
        DateTime,
        Date,
        Time,
        Duration,
        String,
        Boolean,
        Other,
    }
}
