namespace KnowledgeGraph.Storage.Memory;

/// <summary>
/// Reading a persistent (copy-on-write) B+tree of <see cref="UInt128"/> keys whose inner nodes count the keys
/// under each child. A root reached from a committed state is never changed again, so readers need no locks.
/// </summary>
internal static class BTree
{
    private const int MaxDepth = 16;

    public static bool Contains(BTreeNode root, UInt128 key)
    {
        BTreeNode node = root;
        while (node is BTreeInner inner)
        {
            node = inner.Children[inner.ChildIndex(key)];
        }

        var leaf = (BTreeLeaf)node;
        int i = leaf.LowerBound(key);
        return i < leaf.Count && leaf.Keys[i] == key;
    }

    /// <summary>The number of keys less than <paramref name="key"/>.</summary>
    public static long Rank(BTreeNode root, UInt128 key)
    {
        long rank = 0;
        BTreeNode node = root;
        while (node is BTreeInner inner)
        {
            int i = inner.ChildIndex(key);
            for (int j = 0; j < i; j++)
            {
                rank += inner.Counts[j];
            }

            node = inner.Children[i];
        }

        return rank + ((BTreeLeaf)node).LowerBound(key);
    }

    /// <summary>The number of keys in [low, high].</summary>
    public static long CountRange(BTreeNode root, long size, UInt128 low, UInt128 high)
    {
        if (high < low)
        {
            return 0;
        }

        long end = high == UInt128.MaxValue ? size : Rank(root, high + 1);
        return end - Rank(root, low);
    }

    /// <summary>True when a key lies in [low, high].</summary>
    public static bool AnyInRange(BTreeNode root, UInt128 low, UInt128 high)
    {
        BTreeNode node = root;
        while (node is BTreeInner inner)
        {
            node = inner.Children[inner.ChildIndex(low)];
        }

        var leaf = (BTreeLeaf)node;
        int i = leaf.LowerBound(low);
        if (i < leaf.Count)
        {
            return leaf.Keys[i] <= high;
        }

        // Every key of this leaf is below low: the next key, if any, starts the next leaf.
        return First(root, low) is { } first && first <= high;
    }

    /// <summary>The keys in [low, high], in order.</summary>
    public static IEnumerable<UInt128> Scan(BTreeNode root, UInt128 low, UInt128 high)
    {
        var path = new BTreeInner[MaxDepth];
        var indexes = new int[MaxDepth];
        int depth = 0;
        BTreeNode node = root;
        while (node is BTreeInner inner)
        {
            int i = inner.ChildIndex(low);
            path[depth] = inner;
            indexes[depth] = i;
            depth++;
            node = inner.Children[i];
        }

        var leaf = (BTreeLeaf)node;
        int position = leaf.LowerBound(low);
        while (true)
        {
            while (position < leaf.Count)
            {
                UInt128 key = leaf.Keys[position++];
                if (key > high)
                {
                    yield break;
                }

                yield return key;
            }

            while (depth > 0 && indexes[depth - 1] + 1 >= path[depth - 1].Count)
            {
                depth--;
            }

            if (depth == 0)
            {
                yield break;
            }

            node = path[depth - 1].Children[++indexes[depth - 1]];
            while (node is BTreeInner inner)
            {
                path[depth] = inner;
                indexes[depth] = 0;
                depth++;
                node = inner.Children[0];
            }

            leaf = (BTreeLeaf)node;
            position = 0;
        }
    }

    /// <summary>The first key not less than <paramref name="low"/>, if any.</summary>
    private static UInt128? First(BTreeNode root, UInt128 low)
    {
        foreach (UInt128 key in Scan(root, low, UInt128.MaxValue))
        {
            return key;
        }

        return null;
    }
}
