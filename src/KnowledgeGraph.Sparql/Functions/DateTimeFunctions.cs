using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// The functions on dates and times of §17.4.5, and ADJUST (SPARQL 1.2 drafts, Jena, Oxigraph). As F&amp;O 3.1 §9.5 has
/// component functions for every type, YEAR, MONTH, DAY also take an xsd:date, HOURS, MINUTES, SECONDS an xsd:time,
/// TIMEZONE and TZ both (§17.3.1: these replace type errors only).
/// </summary>
internal static class DateTimeFunctions
{
    public static Term? Now(FunctionContext context) =>
        new Literal(context.Now.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture), Vocabulary.Xsd.DateTime);

    public static Term? Component(string name, Term arg)
    {
        if (!XsdDateTime.TryGet(arg, out XsdDateTime d))
        {
            return null;
        }

        bool hasDate = d.Kind != TemporalKind.Time, hasTime = d.Kind != TemporalKind.Date;
        switch (name)
        {
            case "YEAR": return hasDate ? Literal.Create((long)d.Date.Year) : null;
            case "MONTH": return hasDate ? Literal.Create((long)d.Date.Month) : null;
            case "DAY": return hasDate ? Literal.Create((long)d.Date.Day) : null;
            case "HOURS": return hasTime ? Literal.Create((long)d.Hour) : null;
            case "MINUTES": return hasTime ? Literal.Create((long)d.Minute) : null;
            case "SECONDS": return hasTime ? Literal.Create(decimal.Parse(Numeric.PlainDecimal(d.Second), CultureInfo.InvariantCulture)) : null;
            case "TIMEZONE":
                // §17.4.5.8: the timezone as an xsd:dayTimeDuration, an error when there is none.
                return d.TimezoneMinutes is { } tz ? XsdDuration.OfSeconds(tz * 60m).ToLiteral() : null;
            case "TZ":
                return new Literal(d.TimezoneMinutes is { } offset ? XsdDateTime.FormatTimezone(offset) : "");
            default:
                return null;
        }
    }

    /// <summary>
    /// ADJUST(value) and ADJUST(value, timezone): fn:adjust-dateTime-to-timezone and its date and time forms (F&amp;O 3.1
    /// §9.6) on xsd:dateTime, xsd:date and xsd:time. Without a second argument the implicit timezone (UTC) is used; an
    /// empty string stands for F&amp;O's empty sequence and removes the timezone (as in Jena). The timezone must be an
    /// xsd:dayTimeDuration of whole minutes between -PT14H and PT14H (err:FODT0003 otherwise, here a type error).
    /// </summary>
    public static Term? Adjust(Term value, Term? timezone)
    {
        if (!XsdDateTime.TryGet(value, out XsdDateTime d))
        {
            return null;
        }

        int? minutes;
        if (timezone is null)
        {
            minutes = XsdDateTime.ImplicitTimezoneMinutes;
        }
        else if (timezone is Literal { LexicalForm: "" } empty && XsdTypes.IsStringLiteral(empty))
        {
            minutes = null;
        }
        else if (XsdDuration.TryGet(timezone, out XsdDuration tz) && tz.Kind == DurationKind.DayTime
            && Math.Abs(tz.Seconds) <= 14 * 3600 && tz.Seconds % 60 == 0)
        {
            minutes = (int)(tz.Seconds / 60);
        }
        else
        {
            return null;
        }

        return d.AdjustTo(minutes)?.ToLiteral();
    }
}
