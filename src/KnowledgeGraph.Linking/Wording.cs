using System.Globalization;
using Humanizer;
using KnowledgeGraph.Linking.KnowledgeBase;

namespace KnowledgeGraph.Linking;

/// <summary>How explanations put numbers, counts, dates and lists into words (Humanizer, English).</summary>
internal static class Wording
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>"98%".</summary>
    public static string Percent(double p) => (p * 100).ToString(p is > 0.001 and < 0.999 ? "0" : "0.#", C) + "%";

    /// <summary>"four candidates", "one candidate", "1,204 items".</summary>
    public static string Count(int n, string noun) =>
        n <= 20 ? noun.ToQuantity(n, ShowQuantityAs.Words) : n.ToString("N0", C) + " " + noun.ToQuantity(n, ShowQuantityAs.None);

    /// <summary>"once", "twice", "nine times".</summary>
    public static string Times(int n) => n switch { 1 => "once", 2 => "twice", _ => n.ToWords(C) + " times" };

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IEnumerable<string> items) => items.Humanize("and");

    /// <summary>"German" for "de", "English" for "en".</summary>
    public static string Language(string code) => code switch { "de" => "German", "en" => "English", _ => code };

    /// <summary>"23 February 2017".</summary>
    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", C);

    /// <summary>"from 24 January 2003 to 1 February 2005", "since 4 January 2017", "dates unknown".</summary>
    public static string Term(PositionHeld p) => (p.Start, p.End) switch
    {
        ({ } s, { } e) => $"from {Date(s)} to {Date(e)}",
        ({ } s, null) => $"since {Date(s)}",
        (null, { } e) => $"until {Date(e)}",
        _ => "dates unknown",
    };

    /// <summary>"label", "alias", "short name", "surname".</summary>
    public static string Match(NameMatch m) => m.Humanize(LetterCasing.LowerCase);
}
