namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>Spelling slips in names ("Kristin"/"Kristen", "Mauer"/"Maurer") that news texts make.</summary>
internal static class NameSimilarity
{
    /// <summary>Two spellings of one name: the same first letter and at most one edit (two for names of eight letters or
    /// more) apart, both at least five letters long.</summary>
    public static bool Similar(string a, string b)
    {
        if (a == b || a.Length < 5 || b.Length < 5 || a[0] != b[0])
            return false;
        int limit = Math.Min(a.Length, b.Length) >= 8 ? 2 : 1;
        return Math.Abs(a.Length - b.Length) <= limit && EditDistance(a, b) <= limit;
    }

    /// <summary>Levenshtein distance.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
