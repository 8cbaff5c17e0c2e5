using System.Globalization;

namespace KnowledgeGraph.Bench.Infrastructure;

/// <summary>Number formatting for the tables (invariant culture).</summary>
internal static class Format
{
    public static string F(double v, int decimals = 2) => double.IsNaN(v) ? "-" : v.ToString("F" + decimals, CultureInfo.InvariantCulture);

    public static string N(double v) => double.IsNaN(v) ? "-" : v.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A speed-up factor: how many times faster than the reference (above 1 = faster).</summary>
    public static string X(double reference, double value) => double.IsNaN(reference) || double.IsNaN(value) || value <= 0 ? "-" : (reference / value).ToString("F2", CultureInfo.InvariantCulture) + "x";
}
