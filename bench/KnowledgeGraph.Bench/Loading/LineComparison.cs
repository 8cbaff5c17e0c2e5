namespace KnowledgeGraph.Bench.Loading;

/// <summary>
/// A streaming comparison of two files whose lines are sorted by ordinal (byte) order without duplicates, as
/// <c>LC_ALL=C sort -u</c> writes them: how many lines each has, how many only one has, and the first few of those.
/// </summary>
internal sealed record LineComparison(long Left, long Right, long OnlyLeft, long OnlyRight, IReadOnlyList<string> ExamplesLeft, IReadOnlyList<string> ExamplesRight)
{
    public static LineComparison Of(string leftFile, string rightFile, int examples)
    {
        using var left = new StreamReader(leftFile, System.Text.Encoding.UTF8, false, 1 << 16);
        using var right = new StreamReader(rightFile, System.Text.Encoding.UTF8, false, 1 << 16);
        long nLeft = 0, nRight = 0, onlyLeft = 0, onlyRight = 0;
        var exLeft = new List<string>();
        var exRight = new List<string>();
        string? l = left.ReadLine(), r = right.ReadLine();
        while (l is not null || r is not null)
        {
            // sort(1) in the C locale orders by bytes; UTF-8 byte order is code point order, which ordinal comparison
            // of the UTF-16 strings matches except across surrogates, so compare code points.
            int c = l is null ? 1 : r is null ? -1 : CompareCodePoints(l, r);
            if (c == 0)
            {
                nLeft++;
                nRight++;
                l = left.ReadLine();
                r = right.ReadLine();
            }
            else if (c < 0)
            {
                nLeft++;
                onlyLeft++;
                if (exLeft.Count < examples)
                {
                    exLeft.Add(l!);
                }

                l = left.ReadLine();
            }
            else
            {
                nRight++;
                onlyRight++;
                if (exRight.Count < examples)
                {
                    exRight.Add(r!);
                }

                r = right.ReadLine();
            }
        }

        return new LineComparison(nLeft, nRight, onlyLeft, onlyRight, exLeft, exRight);
    }

    private static int CompareCodePoints(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            int x = CodePoint(a, i), y = CodePoint(b, j);
            if (x != y)
            {
                return x.CompareTo(y);
            }

            i += x > 0xFFFF ? 2 : 1;
            j += y > 0xFFFF ? 2 : 1;
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }

    private static int CodePoint(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
}
