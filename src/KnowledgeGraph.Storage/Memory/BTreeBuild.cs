namespace KnowledgeGraph.Storage.Memory;

/// <summary>
/// Builds a <see cref="BTree"/> bottom-up from sorted, distinct keys: leaves filled in one pass, then each level of
/// inner nodes over the one below. Linear in the keys, against a descent and a binary search per key for inserts.
/// </summary>
internal static class BTreeBuild
{
    /// <summary>The root of a new tree of <paramref name="sorted"/>, every node owned by <paramref name="owner"/>.</summary>
    public static BTreeNode FromSorted(ReadOnlySpan<UInt128> sorted, long owner)
    {
        if (sorted.IsEmpty)
        {
            return new BTreeLeaf(owner);
        }

        // Keys spread evenly over as few leaves as hold them, so that no leaf is left nearly empty.
        int leafCount = (sorted.Length + BTreeLeaf.Capacity - 1) / BTreeLeaf.Capacity;
        var level = new BTreeNode[leafCount];
        int at = 0;
        for (int i = 0; i < leafCount; i++)
        {
            int take = Share(sorted.Length, leafCount, i);
            var leaf = new BTreeLeaf(owner) { Count = take };
            sorted.Slice(at, take).CopyTo(leaf.Keys);
            level[i] = leaf;
            at += take;
        }

        while (level.Length > 1)
        {
            int parentCount = (level.Length + BTreeInner.Capacity - 1) / BTreeInner.Capacity;
            var parents = new BTreeNode[parentCount];
            int child = 0;
            for (int i = 0; i < parentCount; i++)
            {
                int take = Share(level.Length, parentCount, i);
                var inner = new BTreeInner(owner) { Count = take };
                for (int k = 0; k < take; k++, child++)
                {
                    BTreeNode node = level[child];
                    inner.Keys[k] = node.FirstKey;
                    inner.Children[k] = node;
                    inner.Counts[k] = node.Size;
                }

                parents[i] = inner;
            }

            level = parents;
        }

        return level[0];
    }

    /// <summary>Copies every key under <paramref name="node"/> in order into <paramref name="target"/> from <paramref name="at"/>.</summary>
    public static void CopyKeys(BTreeNode node, UInt128[] target, ref int at)
    {
        if (node is BTreeLeaf leaf)
        {
            Array.Copy(leaf.Keys, 0, target, at, leaf.Count);
            at += leaf.Count;
            return;
        }

        var inner = (BTreeInner)node;
        for (int i = 0; i < inner.Count; i++)
        {
            CopyKeys(inner.Children[i], target, ref at);
        }
    }

    /// <summary>How many of <paramref name="total"/> items part <paramref name="index"/> of <paramref name="parts"/> gets.</summary>
    private static int Share(int total, int parts, int index) => (total / parts) + (index < total % parts ? 1 : 0);
}
