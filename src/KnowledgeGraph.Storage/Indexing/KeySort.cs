namespace KnowledgeGraph.Storage.Indexing;

/// <summary>
/// Sorts packed quad keys with a least-significant-digit radix sort on bytes, skipping the bytes that are equal in
/// every key (term ids are small, so most of the sixteen are). Several times faster than a comparison sort here.
/// </summary>
internal static class KeySort
{
    private const int Digits = 16;

    public static void Sort(UInt128[] keys, int count)
    {
        if (count < 512)
        {
            Array.Sort(keys, 0, count);
            return;
        }

        var counts = new int[Digits * 256];
        for (int i = 0; i < count; i++)
        {
            UInt128 key = keys[i];
            ulong lo = (ulong)key, hi = (ulong)(key >> 64);
            for (int d = 0; d < 8; d++)
            {
                counts[(d * 256) + (int)((lo >> (8 * d)) & 0xFF)]++;
                counts[((d + 8) * 256) + (int)((hi >> (8 * d)) & 0xFF)]++;
            }
        }

        UInt128[] source = keys, target = new UInt128[count];
        Span<int> offsets = stackalloc int[256];
        for (int d = 0; d < Digits; d++)
        {
            Span<int> histogram = counts.AsSpan(d * 256, 256);
            int first = (int)(d < 8 ? ((ulong)source[0] >> (8 * d)) & 0xFF : ((ulong)(source[0] >> 64) >> (8 * (d - 8))) & 0xFF);
            if (histogram[first] == count)
            {
                continue; // every key has the same byte here
            }

            int sum = 0;
            for (int b = 0; b < 256; b++)
            {
                offsets[b] = sum;
                sum += histogram[b];
            }

            int shift = 8 * d;
            for (int i = 0; i < count; i++)
            {
                UInt128 key = source[i];
                target[offsets[(int)((key >> shift) & 0xFF)]++] = key;
            }

            (source, target) = (target, source);
        }

        if (!ReferenceEquals(source, keys))
        {
            Array.Copy(source, keys, count);
        }
    }
}
