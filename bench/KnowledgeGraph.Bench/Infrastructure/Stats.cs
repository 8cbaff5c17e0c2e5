namespace KnowledgeGraph.Bench.Infrastructure;

/// <summary>Median and geometric mean.</summary>
internal static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        double[] s = [.. values.Order()];
        if (s.Length == 0)
        {
            return double.NaN;
        }

        int m = s.Length / 2;
        return s.Length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    public static double GeometricMean(IEnumerable<double> values)
    {
        double sum = 0;
        int n = 0;
        foreach (double v in values)
        {
            sum += Math.Log(Math.Max(v, 1e-6));
            n++;
        }

        return n == 0 ? double.NaN : Math.Exp(sum / n);
    }
}
