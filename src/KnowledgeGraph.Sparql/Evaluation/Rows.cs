namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Solutions are fixed-width rows of term ids, one slot per variable; 0 (<see cref="Rdf.Stores.TermIds.Any"/>) is unbound.
/// </summary>
internal static class Rows
{
    /// <summary>§18.3 compatibility: no variable bound to different terms.</summary>
    public static bool Compatible(long[] a, long[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            long x = a[i], y = b[i];
            if (x != 0 && y != 0 && x != y)
            {
                return false;
            }
        }

        return true;
    }

    public static long[] Merge(long[] a, long[] b)
    {
        var r = new long[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            r[i] = a[i] != 0 ? a[i] : b[i];
        }

        return r;
    }

    /// <summary>True when some variable is bound in both (the MINUS domain condition, §18.5).</summary>
    public static bool SharesDomain(long[] a, long[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != 0 && b[i] != 0)
            {
                return true;
            }
        }

        return false;
    }

    public static long Key(long[] row, int[] slots)
    {
        long h = 17;
        foreach (int s in slots)
        {
            h = (h * 31) + row[s];
        }

        return h;
    }
}

/// <summary>Row equality for DISTINCT and hash tables.</summary>
internal sealed class RowComparer : IEqualityComparer<long[]>
{
    public static readonly RowComparer Instance = new();

    public bool Equals(long[]? x, long[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(long[] obj)
    {
        var h = new HashCode();
        foreach (long v in obj)
        {
            h.Add(v);
        }

        return h.ToHashCode();
    }
}
