using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The three duration datatypes: xsd:duration and its two totally ordered subtypes (F&amp;O 3.1 §8.1).</summary>
internal enum DurationKind : byte
{
    Duration,
    YearMonth,
    DayTime,
}

/// <summary>
/// An xsd:duration, xsd:yearMonthDuration or xsd:dayTimeDuration value (XML Schema 1.1 Part 2 §3.3.6, §3.4.26,
/// §3.4.27): a number of months and a decimal number of seconds, never of opposite signs. A yearMonthDuration has no
/// seconds, a dayTimeDuration no months. Magnitudes are limited (10^15 months, 10^22 seconds, far beyond any date we
/// accept); larger values are treated as overflow, which F&amp;O §8.4 lets an implementation do.
/// </summary>
internal readonly record struct XsdDuration(DurationKind Kind, long Months, decimal Seconds)
{
    private const long MaxMonths = 1_000_000_000_000_000;
    private const decimal MaxSeconds = 10_000_000_000_000_000_000_000m;

    /// <summary>The average Gregorian month, 365.2425 / 12 days, in seconds: the weight of a month in <see cref="OrderKey"/>.</summary>
    private const decimal AverageMonthSeconds = 2_629_746m;

    public static XsdDuration OfSeconds(decimal seconds) => new(DurationKind.DayTime, 0, seconds);

    public bool IsZero => Months == 0 && Seconds == 0;

    public Iri Datatype => Kind switch
    {
        DurationKind.YearMonth => Vocabulary.Xsd.YearMonthDuration,
        DurationKind.DayTime => Vocabulary.Xsd.DayTimeDuration,
        _ => Vocabulary.Xsd.Duration,
    };

    /// <summary>Reads a well-typed literal of one of the three duration datatypes.</summary>
    public static bool TryGet(Term? term, out XsdDuration value)
    {
        value = default;
        if (term is not Literal { Language: null } l || !TryKindOf(l.Datatype, out DurationKind kind))
        {
            return false;
        }

        return TryParse(l.LexicalForm, kind, out value);
    }

    public static bool TryKindOf(Iri datatype, out DurationKind kind)
    {
        if (datatype.Equals(Vocabulary.Xsd.DayTimeDuration))
        {
            kind = DurationKind.DayTime;
            return true;
        }

        if (datatype.Equals(Vocabulary.Xsd.YearMonthDuration))
        {
            kind = DurationKind.YearMonth;
            return true;
        }

        kind = DurationKind.Duration;
        return datatype.Equals(Vocabulary.Xsd.Duration);
    }

    /// <summary>
    /// Parses the lexical space of XML Schema 1.1 Part 2 §3.3.6: <c>-?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.n)?S)?)?</c>
    /// with at least one component, and at least one after a T. A yearMonthDuration admits only Y and M (§3.4.26),
    /// a dayTimeDuration only D, H, M and S (§3.4.27).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, DurationKind kind, out XsdDuration value)
    {
        value = default;
        int i = 0;
        bool negative = s.Length > 0 && s[0] == '-';
        if (negative)
        {
            i++;
        }

        if (i >= s.Length || s[i] != 'P')
        {
            return false;
        }

        i++;
        long months = 0;
        decimal seconds = 0;
        int lastRank = 0;
        bool inTime = false, any = false, anyInTime = false;
        try
        {
            while (i < s.Length)
            {
                if (s[i] == 'T')
                {
                    if (inTime || kind == DurationKind.YearMonth)
                    {
                        return false;
                    }

                    inTime = true;
                    i++;
                    continue;
                }

                int start = i;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }

                int intEnd = i;
                if (intEnd == start)
                {
                    return false;
                }

                if (i < s.Length && s[i] == '.')
                {
                    i++;
                    int fractionStart = i;
                    while (i < s.Length && char.IsAsciiDigit(s[i]))
                    {
                        i++;
                    }

                    if (i == fractionStart)
                    {
                        return false;
                    }
                }

                if (i >= s.Length)
                {
                    return false;
                }

                char designator = s[i++];
                int rank = (inTime, designator) switch
                {
                    (false, 'Y') => 1,
                    (false, 'M') => 2,
                    (false, 'D') => 3,
                    (true, 'H') => 4,
                    (true, 'M') => 5,
                    (true, 'S') => 6,
                    _ => 0,
                };
                bool hasFraction = i - 1 != intEnd;
                if (rank <= lastRank || (hasFraction && rank != 6)
                    || (kind == DurationKind.DayTime && rank <= 2) || (kind == DurationKind.YearMonth && rank >= 3))
                {
                    return false;
                }

                lastRank = rank;
                any = true;
                anyInTime |= inTime;
                ReadOnlySpan<char> number = s[start..(i - 1)];
                if (rank <= 2)
                {
                    if (number.Length > 18)
                    {
                        return false;
                    }

                    long n = long.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture);
                    months = checked(months + (rank == 1 ? n * 12 : n));
                }
                else
                {
                    if (intEnd - start > 23)
                    {
                        return false;
                    }

                    decimal n = decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                    seconds += rank switch { 3 => n * 86400, 4 => n * 3600, 5 => n * 60, _ => n };
                }
            }
        }
        catch (OverflowException)
        {
            return false;
        }

        if (!any || (inTime && !anyInTime))
        {
            return false;
        }

        return TryCreate(kind, negative ? -months : months, negative ? -seconds : seconds, out value);
    }

    /// <summary>A duration of the given kind; false when it overflows or its parts have opposite signs.</summary>
    public static bool TryCreate(DurationKind kind, long months, decimal seconds, out XsdDuration value)
    {
        value = new XsdDuration(kind, months, seconds);
        return Math.Abs(months) <= MaxMonths && Math.Abs(seconds) <= MaxSeconds
            && !(months > 0 && seconds < 0) && !(months < 0 && seconds > 0)
            && (kind != DurationKind.YearMonth || seconds == 0) && (kind != DurationKind.DayTime || months == 0);
    }

    public XsdDuration Negate() => this with { Months = -Months, Seconds = -Seconds };

    /// <summary>op:duration-equal (F&amp;O 3.1 §8.2): same months and same seconds, whatever the subtypes.</summary>
    public static bool ValueEquals(XsdDuration a, XsdDuration b) => a.Months == b.Months && a.Seconds == b.Seconds;

    /// <summary>
    /// op:yearMonthDuration-less-than and op:dayTimeDuration-less-than (F&amp;O 3.1 §8.2): months against months,
    /// seconds against seconds. Null otherwise: xsd:duration is not ordered, nor is a yearMonthDuration against a
    /// dayTimeDuration (30 days against one month).
    /// </summary>
    public static int? Compare(XsdDuration a, XsdDuration b) => (a.Kind, b.Kind) switch
    {
        (DurationKind.YearMonth, DurationKind.YearMonth) => a.Months.CompareTo(b.Months),
        (DurationKind.DayTime, DurationKind.DayTime) => a.Seconds.CompareTo(b.Seconds),
        _ => null,
    };

    /// <summary>
    /// The ORDER BY key of any duration: months weighted by the average month, plus seconds. It grows with the months
    /// of a yearMonthDuration and with the seconds of a dayTimeDuration, so it agrees with &lt; wherever that is defined.
    /// </summary>
    public decimal OrderKey => Months * AverageMonthSeconds + Seconds;

    /// <summary>The canonical lexical form (XML Schema 1.1 Part 2 §3.3.6 duCanonicalMap, §3.4.26, §3.4.27): zero is PT0S (P0M).</summary>
    public override string ToString()
    {
        if (IsZero)
        {
            return Kind == DurationKind.YearMonth ? "P0M" : "PT0S";
        }

        var sb = new StringBuilder(24);
        if (Months < 0 || Seconds < 0)
        {
            sb.Append('-');
        }

        sb.Append('P');
        long months = Math.Abs(Months);
        if (months >= 12)
        {
            sb.Append(months / 12).Append('Y');
        }

        if (months % 12 != 0)
        {
            sb.Append(months % 12).Append('M');
        }

        decimal seconds = Math.Abs(Seconds);
        if (seconds == 0)
        {
            return sb.ToString();
        }

        decimal days = decimal.Floor(seconds / 86400);
        seconds -= days * 86400;
        decimal hours = decimal.Floor(seconds / 3600);
        seconds -= hours * 3600;
        decimal minutes = decimal.Floor(seconds / 60);
        seconds -= minutes * 60;
        if (days != 0)
        {
            sb.Append(days.ToString(CultureInfo.InvariantCulture)).Append('D');
        }

        if (hours != 0 || minutes != 0 || seconds != 0)
        {
            sb.Append('T');
            if (hours != 0)
            {
                sb.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
            }

            if (minutes != 0)
            {
                sb.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
            }

            if (seconds != 0)
            {
                sb.Append(Numeric.PlainDecimal(seconds)).Append('S');
            }
        }

        return sb.ToString();
    }

    public Literal ToLiteral() => new(ToString(), Datatype);
}
