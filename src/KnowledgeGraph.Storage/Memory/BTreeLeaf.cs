namespace KnowledgeGraph.Storage.Memory;

/// <summary>A leaf of a <see cref="BTree"/>: sorted keys.</summary>
internal sealed class BTreeLeaf : BTreeNode
{
    public const int Capacity = 128;

    public readonly UInt128[] Keys = new UInt128[Capacity];

    public BTreeLeaf(long owner)
        : base(owner)
    {
    }

    public override UInt128 FirstKey => Keys[0];

    public override long Size => Count;

    public override BTreeNode CopyFor(long owner)
    {
        var copy = new BTreeLeaf(owner) { Count = Count };
        Array.Copy(Keys, copy.Keys, Count);
        return copy;
    }

    /// <summary>The index of the first key not less than <paramref name="key"/>.</summary>
    public int LowerBound(UInt128 key)
    {
        int lo = 0, hi = Count;
        UInt128[] keys = Keys;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
