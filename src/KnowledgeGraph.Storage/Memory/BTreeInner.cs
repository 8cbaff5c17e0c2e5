namespace KnowledgeGraph.Storage.Memory;

/// <summary>
/// An inner node of a <see cref="BTree"/>: children with the smallest key and the number of keys under each,
/// so that ranks (and so range counts) take one descent.
/// </summary>
internal sealed class BTreeInner : BTreeNode
{
    public const int Capacity = 64;

    public readonly UInt128[] Keys = new UInt128[Capacity];
    public readonly BTreeNode[] Children = new BTreeNode[Capacity];
    public readonly long[] Counts = new long[Capacity];

    public BTreeInner(long owner)
        : base(owner)
    {
    }

    public override UInt128 FirstKey => Keys[0];

    public override long Size
    {
        get
        {
            long total = 0;
            for (int i = 0; i < Count; i++)
            {
                total += Counts[i];
            }

            return total;
        }
    }

    public override BTreeNode CopyFor(long owner)
    {
        var copy = new BTreeInner(owner) { Count = Count };
        Array.Copy(Keys, copy.Keys, Count);
        Array.Copy(Children, copy.Children, Count);
        Array.Copy(Counts, copy.Counts, Count);
        return copy;
    }

    /// <summary>The child whose range holds <paramref name="key"/>: the last whose first key is not above it.</summary>
    public int ChildIndex(UInt128 key)
    {
        int lo = 1, hi = Count;
        UInt128[] keys = Keys;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] <= key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }

    public void InsertAt(int index, BTreeNode child)
    {
        int move = Count - index;
        Array.Copy(Keys, index, Keys, index + 1, move);
        Array.Copy(Children, index, Children, index + 1, move);
        Array.Copy(Counts, index, Counts, index + 1, move);
        Keys[index] = child.FirstKey;
        Children[index] = child;
        Counts[index] = child.Size;
        Count++;
    }

    public void RemoveAt(int index)
    {
        int move = Count - index - 1;
        Array.Copy(Keys, index + 1, Keys, index, move);
        Array.Copy(Children, index + 1, Children, index, move);
        Array.Copy(Counts, index + 1, Counts, index, move);
        Count--;
        Children[Count] = null!;
    }
}
