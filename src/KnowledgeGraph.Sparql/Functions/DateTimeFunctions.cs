using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>The functions on dates and times of §17.4.5.</summary>
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

        switch (name)
        {
            case "YEAR": return Literal.Create((long)d.Local.Year);
            case "MONTH": return Literal.Create((long)d.Local.Month);
            case "DAY": return Literal.Create((long)d.Local.Day);
            case "HOURS": return d.IsDate ? null : Literal.Create((long)d.Local.Hour);
            case "MINUTES": return d.IsDate ? null : Literal.Create((long)d.Local.Minute);
            case "SECONDS": return d.IsDate ? null : Literal.Create(d.Seconds);
            case "TIMEZONE":
                return d.Offset is { } o ? new Literal(DayTimeDuration(o), Vocabulary.Xsd.DayTimeDuration) : null;
            case "TZ":
                if (d.Offset is not { } off)
                {
                    return new Literal("");
                }

                return new Literal(off == TimeSpan.Zero ? "Z" : (off < TimeSpan.Zero ? "-" : "+") + off.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture));
            default:
                return null;
        }
    }

    private static string DayTimeDuration(TimeSpan t)
    {
        if (t == TimeSpan.Zero)
        {
            return "PT0S";
        }

        string sign = t < TimeSpan.Zero ? "-" : "";
        t = t.Duration();
        string s = sign + "PT";
        if (t.Hours > 0)
        {
            s += t.Hours.ToString(CultureInfo.InvariantCulture) + "H";
        }

        if (t.Minutes > 0)
        {
            s += t.Minutes.ToString(CultureInfo.InvariantCulture) + "M";
        }

        return s;
    }
}
