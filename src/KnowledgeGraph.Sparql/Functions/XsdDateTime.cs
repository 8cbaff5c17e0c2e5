using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// An xsd:dateTime or xsd:date value (XML Schema 2 §3.3.7): the local date and time as written and the timezone
/// offset when one was given. Years are limited to 1–9999.
/// </summary>
internal readonly partial record struct XsdDateTime(DateTime Local, TimeSpan? Offset, bool IsDate, decimal Seconds)
{
    [GeneratedRegex(@"^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryGet(Term? term, out XsdDateTime value)
    {
        value = default;
        if (term is not Literal l)
        {
            return false;
        }

        bool isDate = l.Datatype.Equals(Vocabulary.Xsd.Date);
        if (!isDate && !l.Datatype.Equals(Vocabulary.Xsd.DateTime) && !l.Datatype.Equals(Vocabulary.Xsd.DateTimeStamp))
        {
            return false;
        }

        return TryParse(l.LexicalForm, isDate, out value);
    }

    public static bool TryParse(string s, bool isDate, out XsdDateTime value)
    {
        value = default;
        Match m = Pattern().Match(s);
        if (!m.Success || m.Groups[4].Success == isDate)
        {
            return false;
        }

        if (!int.TryParse(m.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int year)
            || year < 1 || year > 9999)
        {
            return false;
        }

        int month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        int hour = 0, minute = 0;
        decimal seconds = 0;
        if (!isDate)
        {
            hour = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
            minute = int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture);
            seconds = decimal.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture);
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || minute > 59 || seconds >= 60
            || hour > 24 || (hour == 24 && (minute != 0 || seconds != 0)))
        {
            return false;
        }

        TimeSpan? offset = null;
        if (m.Groups[7].Success)
        {
            string tz = m.Groups[7].Value;
            if (tz == "Z")
            {
                offset = TimeSpan.Zero;
            }
            else
            {
                int h = int.Parse(tz.AsSpan(1, 2), CultureInfo.InvariantCulture);
                int mm = int.Parse(tz.AsSpan(4, 2), CultureInfo.InvariantCulture);
                if (h > 14 || mm > 59 || (h == 14 && mm != 0))
                {
                    return false;
                }

                offset = new TimeSpan(h, mm, 0) * (tz[0] == '-' ? -1 : 1);
            }
        }

        var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        local = local.AddHours(hour).AddMinutes(minute).AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
        value = new XsdDateTime(local, offset, isDate, seconds);
        return true;
    }

    /// <summary>The instant on the UTC time line; values without timezone are taken as UTC.</summary>
    public DateTime Utc => Offset is { } o ? Local - o : Local;

    /// <summary>
    /// Compares two values (XPath op:dateTime-less-than): null when one has a timezone and the other has not and
    /// they are within 14 hours of each other (the result would depend on the implicit timezone).
    /// </summary>
    public static int? Compare(XsdDateTime a, XsdDateTime b)
    {
        if (a.Offset.HasValue == b.Offset.HasValue)
        {
            return a.Utc.CompareTo(b.Utc);
        }

        TimeSpan diff = a.Utc - b.Utc;
        return diff.Duration() > TimeSpan.FromHours(14) ? diff.Ticks.CompareTo(0) : null;
    }
}
