using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// The arithmetic operators on durations, dates and times that XPath 3.1's operator mapping (§B.2) adds to the numeric
/// ones, as SPARQL 1.1 §17.3.1 allows: they only give values where SPARQL 1.1 has type errors. Null is a type error
/// (also overflow, division by zero, NaN).
/// <list type="bullet">
/// <item>duration ± duration (F&amp;O 3.1 §8.4): a yearMonthDuration with a yearMonthDuration, a dayTimeDuration with a
/// dayTimeDuration; like Oxigraph also any other pair, giving an xsd:duration when the sum has one sign.</item>
/// <item>yearMonthDuration or dayTimeDuration × ÷ number, number × duration (§8.4), and duration ÷ duration of the same
/// subtype → xsd:decimal.</item>
/// <item>dateTime − dateTime, date − date, time − time → dayTimeDuration (§9.7.2–§9.7.4), in the implicit timezone
/// (<see cref="XsdDateTime.ImplicitTimezoneMinutes"/>) where a value has none.</item>
/// <item>dateTime, date ± yearMonthDuration; dateTime, date, time ± dayTimeDuration; duration + dateTime (§9.7.5–§9.7.14);
/// an xsd:duration adds its months and then its seconds (XML Schema 1.1 Part 2 Appendix E).</item>
/// </list>
/// </summary>
internal static class TemporalArithmetic
{
    public static Term? Apply(char op, Term a, Term b)
    {
        if (XsdDuration.TryGet(a, out XsdDuration da))
        {
            if (XsdDuration.TryGet(b, out XsdDuration db))
            {
                return op switch
                {
                    '+' => Add(da, db),
                    '-' => Add(da, db.Negate()),
                    '/' => Ratio(da, db),
                    _ => null,
                };
            }

            if (Numeric.TryGet(b, out Numeric nb))
            {
                return op switch
                {
                    '*' => Scale(da, nb, divide: false),
                    '/' => Scale(da, nb, divide: true),
                    _ => null,
                };
            }

            // XPath 3.1 §B.2 maps duration + date/time as well as date/time + duration.
            return op == '+' && XsdDateTime.TryGet(b, out XsdDateTime tb) ? Shift(tb, da) : null;
        }

        if (XsdDateTime.TryGet(a, out XsdDateTime ta))
        {
            if (XsdDuration.TryGet(b, out XsdDuration db))
            {
                return op switch
                {
                    '+' => Shift(ta, db),
                    '-' => Shift(ta, db.Negate()),
                    _ => null,
                };
            }

            return op == '-' && XsdDateTime.TryGet(b, out XsdDateTime tb) ? Difference(ta, tb) : null;
        }

        return op == '*' && Numeric.TryGet(a, out Numeric na) && XsdDuration.TryGet(b, out XsdDuration d)
            ? Scale(d, na, divide: false) : null;
    }

    /// <summary>op:add-yearMonthDurations, op:add-dayTimeDurations and their subtract forms (F&amp;O 3.1 §8.4).</summary>
    private static Literal? Add(XsdDuration a, XsdDuration b)
    {
        DurationKind kind = a.Kind == b.Kind ? a.Kind : DurationKind.Duration;
        try
        {
            return XsdDuration.TryCreate(kind, checked(a.Months + b.Months), a.Seconds + b.Seconds, out XsdDuration sum)
                ? sum.ToLiteral() : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// op:multiply-yearMonthDuration, op:divide-yearMonthDuration (rounded to the nearest month, halves up, as fn:round
    /// does), op:multiply-dayTimeDuration, op:divide-dayTimeDuration (F&amp;O 3.1 §8.4). Dividing by ±INF gives a zero
    /// duration; NaN, ±INF as a factor and division by zero are errors. An xsd:duration has no such operators.
    /// </summary>
    private static Literal? Scale(XsdDuration d, Numeric n, bool divide)
    {
        if (d.Kind == DurationKind.Duration)
        {
            return null;
        }

        double approx = n.AsDouble;
        if (double.IsNaN(approx) || (!divide && double.IsInfinity(approx)))
        {
            return null;
        }

        if (divide && double.IsInfinity(approx))
        {
            return new XsdDuration(d.Kind, 0, 0).ToLiteral();
        }

        try
        {
            decimal factor = n.Type >= NumericType.Float ? (decimal)approx : n.Exact;
            if (divide && factor == 0)
            {
                return null;
            }

            XsdDuration result;
            bool ok = d.Kind == DurationKind.YearMonth
                ? XsdDuration.TryCreate(d.Kind, (long)decimal.Floor((divide ? d.Months / factor : d.Months * factor) + 0.5m), 0, out result)
                : XsdDuration.TryCreate(d.Kind, 0, divide ? d.Seconds / factor : d.Seconds * factor, out result);
            return ok ? result.ToLiteral() : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// op:divide-yearMonthDuration-by-yearMonthDuration, op:divide-dayTimeDuration-by-dayTimeDuration (F&amp;O 3.1 §8.4):
    /// an xsd:decimal; division by a zero duration is an error.
    /// </summary>
    private static Literal? Ratio(XsdDuration a, XsdDuration b)
    {
        try
        {
            return (a.Kind, b.Kind) switch
            {
                (DurationKind.YearMonth, DurationKind.YearMonth) when b.Months != 0 => Literal.Create((decimal)a.Months / b.Months),
                (DurationKind.DayTime, DurationKind.DayTime) when b.Seconds != 0 => Literal.Create(a.Seconds / b.Seconds),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// op:add-yearMonthDuration-to-dateTime … op:subtract-dayTimeDuration-from-time (F&amp;O 3.1 §9.7.5–§9.7.14). A time
    /// takes only dayTimeDurations (or xsd:durations without months).
    /// </summary>
    private static Literal? Shift(XsdDateTime t, XsdDuration d)
    {
        if (t.Kind == TemporalKind.Time && d.Kind == DurationKind.YearMonth)
        {
            return null;
        }

        return t.Add(d)?.ToLiteral();
    }

    /// <summary>op:subtract-dateTimes, op:subtract-dates, op:subtract-times (F&amp;O 3.1 §9.7.2–§9.7.4).</summary>
    private static Literal? Difference(XsdDateTime a, XsdDateTime b) =>
        a.Kind == b.Kind && XsdDuration.TryCreate(DurationKind.DayTime, 0, a.UtcSeconds - b.UtcSeconds, out XsdDuration d)
            ? d.ToLiteral() : null;
}
