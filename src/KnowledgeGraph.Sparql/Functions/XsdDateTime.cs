using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The three date/time datatypes the operators know (XML Schema 1.1 Part 2 §3.3.7–§3.3.9).</summary>
internal enum TemporalKind : byte
{
    DateTime,
    Date,
    Time,
}

/// <summary>
/// An xsd:dateTime (or xsd:dateTimeStamp), xsd:date or xsd:time value: the local date and time as written, counted in
/// seconds from 0001-01-01T00:00:00, and the timezone offset in minutes when one was given. A date is its starting
/// instant (00:00:00); a time sits on the reference date 1972-12-31 that F&amp;O 3.1 §9.4 and §9.7.4 use to compare and
/// subtract times. Years are limited to 1–9999 (F&amp;O §9.1.1 lets an implementation set the range).
/// </summary>
internal readonly record struct XsdDateTime(TemporalKind Kind, decimal LocalSeconds, int? TimezoneMinutes)
{
    /// <summary>
    /// The implicit timezone of the dynamic context (F&amp;O 3.1 §9.7.2–§9.7.4, §9.6): UTC, so that results do not
    /// depend on the machine (Jena fixes it to UTC as well). It is used where a value without timezone must be placed
    /// on the time line to compute a result: subtraction and ADJUST without a timezone argument. Comparisons do not
    /// use it; see <see cref="Compare"/>.
    /// </summary>
    public const int ImplicitTimezoneMinutes = 0;

    private const int SecondsPerDay = 86400;
    private static readonly int s_referenceDay = new DateOnly(1972, 12, 31).DayNumber;
    private static readonly decimal s_maxLocalSeconds = (DateOnly.MaxValue.DayNumber + 1m) * SecondsPerDay;

    public Iri Datatype => Kind switch
    {
        TemporalKind.Date => Vocabulary.Xsd.Date,
        TemporalKind.Time => Vocabulary.Xsd.Time,
        _ => Vocabulary.Xsd.DateTime,
    };

    public int DayNumber => (int)decimal.Floor(LocalSeconds / SecondsPerDay);

    public DateOnly Date => DateOnly.FromDayNumber(DayNumber);

    public decimal SecondOfDay => LocalSeconds - (decimal)DayNumber * SecondsPerDay;

    public int Hour => (int)(SecondOfDay / 3600);

    public int Minute => (int)(SecondOfDay / 60) % 60;

    /// <summary>The seconds within the minute, with their fraction.</summary>
    public decimal Second => SecondOfDay - ((int)(SecondOfDay / 60) * 60);

    /// <summary>The instant on the UTC time line, a value without timezone taken in the implicit timezone.</summary>
    public decimal UtcSeconds => LocalSeconds - (TimezoneMinutes ?? ImplicitTimezoneMinutes) * 60m;

    /// <summary>Reads a well-typed xsd:dateTime, xsd:dateTimeStamp (which must have a timezone), xsd:date or xsd:time.</summary>
    public static bool TryGet(Term? term, out XsdDateTime value)
    {
        value = default;
        if (term is not Literal { Language: null } l)
        {
            return false;
        }

        Iri dt = l.Datatype;
        if (dt.Equals(Vocabulary.Xsd.DateTime))
        {
            return TryParse(l.LexicalForm, TemporalKind.DateTime, out value);
        }

        if (dt.Equals(Vocabulary.Xsd.Date))
        {
            return TryParse(l.LexicalForm, TemporalKind.Date, out value);
        }

        if (dt.Equals(Vocabulary.Xsd.Time))
        {
            return TryParse(l.LexicalForm, TemporalKind.Time, out value);
        }

        return dt.Equals(Vocabulary.Xsd.DateTimeStamp) && TryParse(l.LexicalForm, TemporalKind.DateTime, out value)
            && value.TimezoneMinutes.HasValue;
    }

    /// <summary>
    /// Parses the lexical space of XML Schema 1.1 Part 2 §3.3.7 (dateTime), §3.3.9 (date) or §3.3.8 (time):
    /// <c>yyyy-mm-dd</c>, <c>hh:mm:ss(.s+)?</c>, optionally followed by <c>Z</c> or <c>±hh:mm</c>. 24:00:00 is the
    /// first instant of the next day (of the same day for a time).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, TemporalKind kind, out XsdDateTime value)
    {
        value = default;
        int i = 0;
        int day = 0;
        if (kind != TemporalKind.Time)
        {
            int yearStart = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            // yearFrag: four digits at least, no leading zero beyond four; with years 1-9999 that is exactly four.
            int digits = i - yearStart;
            if (digits != 4 || !Digits(s, yearStart, 4, out int year) || year < 1
                || !Expect(s, ref i, '-') || !TwoDigits(s, ref i, out int month) || !Expect(s, ref i, '-')
                || !TwoDigits(s, ref i, out int dayOfMonth) || month is < 1 or > 12 || dayOfMonth < 1
                || dayOfMonth > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            day = new DateOnly(year, month, dayOfMonth).DayNumber;
            if (kind == TemporalKind.DateTime && !Expect(s, ref i, 'T'))
            {
                return false;
            }
        }
        else
        {
            day = s_referenceDay;
        }

        decimal secondOfDay = 0;
        if (kind != TemporalKind.Date)
        {
            if (!TwoDigits(s, ref i, out int hour) || !Expect(s, ref i, ':') || !TwoDigits(s, ref i, out int minute)
                || !Expect(s, ref i, ':') || !TwoDigits(s, ref i, out int second))
            {
                return false;
            }

            decimal fraction = 0;
            if (i < s.Length && s[i] == '.')
            {
                int start = ++i;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }

                if (i == start)
                {
                    return false;
                }

                fraction = decimal.Parse(s[(start - 1)..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            }

            if (minute > 59 || second > 59 || hour > 24 || (hour == 24 && (minute != 0 || second != 0 || fraction != 0)))
            {
                return false;
            }

            secondOfDay = (hour * 3600) + (minute * 60) + second + fraction;
            if (kind == TemporalKind.Time && hour == 24)
            {
                secondOfDay = 0;
            }
        }

        int? timezone = null;
        if (i < s.Length)
        {
            if (s[i] == 'Z')
            {
                timezone = 0;
                i++;
            }
            else if (s[i] is '+' or '-')
            {
                int sign = s[i++] == '-' ? -1 : 1;
                if (!TwoDigits(s, ref i, out int tzHour) || !Expect(s, ref i, ':') || !TwoDigits(s, ref i, out int tzMinute)
                    || tzMinute > 59 || tzHour > 14 || (tzHour == 14 && tzMinute != 0))
                {
                    return false;
                }

                timezone = sign * ((tzHour * 60) + tzMinute);
            }
        }

        if (i != s.Length)
        {
            return false;
        }

        decimal local = ((decimal)day * SecondsPerDay) + secondOfDay;
        if (local >= s_maxLocalSeconds)
        {
            return false; // 9999-12-31T24:00:00
        }

        value = new XsdDateTime(kind, local, timezone);
        return true;
    }

    private static bool Expect(ReadOnlySpan<char> s, ref int i, char c)
    {
        if (i < s.Length && s[i] == c)
        {
            i++;
            return true;
        }

        return false;
    }

    private static bool TwoDigits(ReadOnlySpan<char> s, ref int i, out int value)
    {
        bool ok = Digits(s, i, 2, out value);
        i += 2;
        return ok;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
        {
            return false;
        }

        for (int k = start; k < start + count; k++)
        {
            if (!char.IsAsciiDigit(s[k]))
            {
                return false;
            }

            value = (value * 10) + (s[k] - '0');
        }

        return true;
    }

    /// <summary>
    /// A value of the given kind at a local time: a date keeps only the day, a time only the time of day (on the
    /// reference date). Null when the day falls outside 0001-01-01..9999-12-31.
    /// </summary>
    public static XsdDateTime? Create(TemporalKind kind, decimal localSeconds, int? timezoneMinutes)
    {
        decimal day = decimal.Floor(localSeconds / SecondsPerDay);
        switch (kind)
        {
            case TemporalKind.Date:
                localSeconds = day * SecondsPerDay;
                break;
            case TemporalKind.Time:
                localSeconds = (s_referenceDay * (decimal)SecondsPerDay) + (localSeconds - (day * SecondsPerDay));
                break;
        }

        return localSeconds < 0 || localSeconds >= s_maxLocalSeconds ? null : new XsdDateTime(kind, localSeconds, timezoneMinutes);
    }

    /// <summary>
    /// Adds a duration as XML Schema 1.1 Part 2 Appendix E (adding durations to dateTimes) does and F&amp;O 3.1 §9.7.5–§9.7.14 specify: first
    /// the months, keeping the day unless the new month is shorter (2000-01-31 + P1M = 2000-02-29), then the seconds.
    /// A date adds to its starting instant and keeps the day of the result; a time wraps around midnight and takes no
    /// months. Null on overflow.
    /// </summary>
    public XsdDateTime? Add(XsdDuration duration)
    {
        XsdDateTime result = this;
        if (duration.Months != 0)
        {
            if (Kind == TemporalKind.Time)
            {
                return null;
            }

            DateOnly date = Date;
            long month = (date.Year * 12L) + date.Month - 1 + duration.Months;
            long year = Math.DivRem(month, 12, out long monthIndex);
            if (year is < 1 or > 9999)
            {
                return null;
            }

            int newMonth = (int)monthIndex + 1;
            int newDay = Math.Min(date.Day, DateTime.DaysInMonth((int)year, newMonth));
            decimal local = ((decimal)new DateOnly((int)year, newMonth, newDay).DayNumber * SecondsPerDay) + SecondOfDay;
            result = new XsdDateTime(Kind, local, TimezoneMinutes);
        }

        return duration.Seconds == 0 ? result : Create(Kind, result.LocalSeconds + duration.Seconds, TimezoneMinutes);
    }

    /// <summary>
    /// fn:adjust-dateTime-to-timezone, fn:adjust-date-to-timezone, fn:adjust-time-to-timezone (F&amp;O 3.1 §9.6):
    /// without a timezone the value gets <paramref name="timezoneMinutes"/> as is; with one it moves to the same
    /// instant in the new timezone (a date through its starting instant); a null timezone removes the timezone and
    /// keeps the local value.
    /// </summary>
    public XsdDateTime? AdjustTo(int? timezoneMinutes)
    {
        if (timezoneMinutes is not { } tz || TimezoneMinutes is not { } current)
        {
            return this with { TimezoneMinutes = timezoneMinutes };
        }

        return Create(Kind, LocalSeconds + ((tz - current) * 60m), tz);
    }

    /// <summary>
    /// op:dateTime-less-than / -equal, op:date-…, op:time-… (F&amp;O 3.1 §9.4) on values of the same kind, by the
    /// order of XML Schema 1.1 Part 2 §3.3.7 (the same for date and time): two values with timezones, or two
    /// without, compare on the time line; a value without timezone may stand for any timezone from -14:00 to +14:00,
    /// so against one with a timezone the result is null (a type error) unless it holds across that whole range. This
    /// rather than the implicit timezone is what Jena and Oxigraph do, and what the W3C test date-1 expects
    /// ("2006-08-23"^^xsd:date = "2006-08-23Z"^^xsd:date is an error, not true).
    /// </summary>
    public static int? Compare(XsdDateTime a, XsdDateTime b)
    {
        decimal diff = a.UtcSeconds - b.UtcSeconds;
        if (a.TimezoneMinutes.HasValue == b.TimezoneMinutes.HasValue)
        {
            return Math.Sign(diff);
        }

        return Math.Abs(diff) > 14 * 3600 ? Math.Sign(diff) : null;
    }

    /// <summary>The canonical lexical form (canonical mappings of XML Schema 1.1 Part 2 §3.3.7–§3.3.9): UTC as Z.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(32);
        if (Kind != TemporalKind.Time)
        {
            DateOnly d = Date;
            sb.Append(d.Year.ToString("D4", CultureInfo.InvariantCulture)).Append('-')
                .Append(d.Month.ToString("D2", CultureInfo.InvariantCulture)).Append('-')
                .Append(d.Day.ToString("D2", CultureInfo.InvariantCulture));
        }

        if (Kind == TemporalKind.DateTime)
        {
            sb.Append('T');
        }

        if (Kind != TemporalKind.Date)
        {
            decimal second = Second;
            int whole = (int)decimal.Floor(second);
            sb.Append(Hour.ToString("D2", CultureInfo.InvariantCulture)).Append(':')
                .Append(Minute.ToString("D2", CultureInfo.InvariantCulture)).Append(':')
                .Append(whole.ToString("D2", CultureInfo.InvariantCulture));
            if (second != whole)
            {
                string fraction = Numeric.PlainDecimal(second - whole);
                sb.Append(fraction, fraction.IndexOf('.', StringComparison.Ordinal), fraction.Length - fraction.IndexOf('.', StringComparison.Ordinal));
            }
        }

        if (TimezoneMinutes is { } tz)
        {
            sb.Append(FormatTimezone(tz));
        }

        return sb.ToString();
    }

    /// <summary>A timezone offset as written after a date or time: Z, or ±hh:mm (also what TZ() returns).</summary>
    public static string FormatTimezone(int minutes)
    {
        if (minutes == 0)
        {
            return "Z";
        }

        int abs = Math.Abs(minutes);
        return (minutes < 0 ? "-" : "+") + (abs / 60).ToString("D2", CultureInfo.InvariantCulture) + ":"
            + (abs % 60).ToString("D2", CultureInfo.InvariantCulture);
    }

    public Literal ToLiteral() => new(ToString(), Datatype);
}
