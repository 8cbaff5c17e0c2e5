namespace KnowledgeGraph.Storage.Memory;

/// <summary>
/// Changes a persistent B+tree by path copying: a node not owned by this writer's current token is copied before
/// its first change, so every root handed out earlier keeps describing the same keys.
/// A writer is used by one thread at a time.
/// </summary>
internal sealed class BTreeWriter
{
    private static long s_tokens;

    private long _owner = NewToken();

    public BTreeWriter(BTreeNode root, long size)
    {
        Root = root;
        Size = size;
    }

    public BTreeNode Root { get; private set; }

    public long Size { get; private set; }

    /// <summary>An empty tree's root.</summary>
    public static BTreeNode Empty { get; } = new BTreeLeaf(NewToken());

    /// <summary>Freezes every node reachable now: later changes copy them. Returns the frozen root.</summary>
    public BTreeNode Freeze()
    {
        _owner = NewToken();
        return Root;
    }

    public bool Insert(UInt128 key)
    {
        if (BTree.Contains(Root, key))
        {
            return false;
        }

        InsertNew(key);
        return true;
    }

    /// <summary>Inserts a key the caller knows is absent.</summary>
    public void InsertNew(UInt128 key)
    {
        BTreeNode root = Writable(Root);
        BTreeNode? split = Insert(root, key);
        if (split is not null)
        {
            var top = new BTreeInner(_owner);
            top.InsertAt(0, root);
            top.InsertAt(1, split);
            root = top;
        }

        Root = root;
        Size++;
    }

    /// <summary>
    /// Inserts keys the caller knows are sorted, distinct and absent. Into an empty tree, or a batch at least an eighth
    /// of the tree, the tree is rebuilt bottom-up from the merged keys (linear, with new nodes, so earlier roots keep
    /// their keys); smaller batches are inserted one by one.
    /// </summary>
    public void InsertSorted(ReadOnlySpan<UInt128> keys)
    {
        if (keys.Length * 8L < Size || Size + keys.Length > Array.MaxLength)
        {
            foreach (UInt128 key in keys)
            {
                InsertNew(key);
            }

            return;
        }

        var merged = new UInt128[Size + keys.Length];
        int stored = 0;
        BTreeBuild.CopyKeys(Root, merged, ref stored);

        // Merge from the back, so the stored keys at the front are overwritten only once they have moved.
        int i = stored - 1, j = keys.Length - 1;
        for (int k = merged.Length - 1; j >= 0; k--)
        {
            merged[k] = i >= 0 && merged[i] > keys[j] ? merged[i--] : keys[j--];
        }

        Root = BTreeBuild.FromSorted(merged, _owner);
        Size = merged.Length;
    }

    public bool Remove(UInt128 key)
    {
        if (!BTree.Contains(Root, key))
        {
            return false;
        }

        BTreeNode root = Writable(Root);
        Remove(root, key);
        while (root is BTreeInner { Count: 1 } single)
        {
            root = single.Children[0];
        }

        Root = root is BTreeInner { Count: 0 } ? new BTreeLeaf(_owner) : root;
        Size--;
        return true;
    }

    private static long NewToken() => Interlocked.Increment(ref s_tokens);

    private BTreeNode Writable(BTreeNode node) => node.Owner == _owner ? node : node.CopyFor(_owner);

    /// <summary>Inserts a key known to be absent; returns the new right sibling when the node split.</summary>
    private BTreeNode? Insert(BTreeNode node, UInt128 key)
    {
        if (node is BTreeLeaf leaf)
        {
            int at = leaf.LowerBound(key);
            if (leaf.Count < BTreeLeaf.Capacity)
            {
                InsertKey(leaf, at, key);
                return null;
            }

            const int half = BTreeLeaf.Capacity / 2;
            var right = new BTreeLeaf(_owner) { Count = BTreeLeaf.Capacity - half };
            Array.Copy(leaf.Keys, half, right.Keys, 0, right.Count);
            leaf.Count = half;
            if (at <= half)
            {
                InsertKey(leaf, at, key);
            }
            else
            {
                InsertKey(right, at - half, key);
            }

            return right;
        }

        var inner = (BTreeInner)node;
        int i = inner.ChildIndex(key);
        BTreeNode child = Writable(inner.Children[i]);
        inner.Children[i] = child;
        BTreeNode? childSplit = Insert(child, key);
        if (key < inner.Keys[i])
        {
            inner.Keys[i] = key;
        }

        if (childSplit is null)
        {
            inner.Counts[i]++;
            return null;
        }

        inner.Counts[i] = child.Size;
        if (inner.Count < BTreeInner.Capacity)
        {
            inner.InsertAt(i + 1, childSplit);
            return null;
        }

        const int innerHalf = BTreeInner.Capacity / 2;
        var sibling = new BTreeInner(_owner) { Count = BTreeInner.Capacity - innerHalf };
        Array.Copy(inner.Keys, innerHalf, sibling.Keys, 0, sibling.Count);
        Array.Copy(inner.Children, innerHalf, sibling.Children, 0, sibling.Count);
        Array.Copy(inner.Counts, innerHalf, sibling.Counts, 0, sibling.Count);
        Array.Clear(inner.Children, innerHalf, sibling.Count);
        inner.Count = innerHalf;
        if (i + 1 <= innerHalf)
        {
            inner.InsertAt(i + 1, childSplit);
        }
        else
        {
            sibling.InsertAt(i + 1 - innerHalf, childSplit);
        }

        return sibling;
    }

    private static void InsertKey(BTreeLeaf leaf, int at, UInt128 key)
    {
        Array.Copy(leaf.Keys, at, leaf.Keys, at + 1, leaf.Count - at);
        leaf.Keys[at] = key;
        leaf.Count++;
    }

    /// <summary>Removes a key known to be present from a writable node.</summary>
    private void Remove(BTreeNode node, UInt128 key)
    {
        if (node is BTreeLeaf leaf)
        {
            int at = leaf.LowerBound(key);
            Array.Copy(leaf.Keys, at + 1, leaf.Keys, at, leaf.Count - at - 1);
            leaf.Count--;
            return;
        }

        var inner = (BTreeInner)node;
        int i = inner.ChildIndex(key);
        BTreeNode child = Writable(inner.Children[i]);
        inner.Children[i] = child;
        Remove(child, key);
        inner.Counts[i]--;
        if (child.Count == 0)
        {
            inner.RemoveAt(i);
            return;
        }

        inner.Keys[i] = child.FirstKey;
        int capacity = child is BTreeLeaf ? BTreeLeaf.Capacity : BTreeInner.Capacity;
        if (child.Count < capacity / 4 && inner.Count > 1)
        {
            MergeWithNeighbour(inner, i, capacity);
        }
    }

    /// <summary>Merges an underfull child with a neighbour when both fit in three quarters of a node.</summary>
    private void MergeWithNeighbour(BTreeInner parent, int i, int capacity)
    {
        int left = i + 1 < parent.Count ? i : i - 1;
        BTreeNode leftNode = parent.Children[left];
        BTreeNode rightNode = parent.Children[left + 1];
        if (leftNode.Count + rightNode.Count > capacity * 3 / 4)
        {
            return;
        }

        BTreeNode target = Writable(leftNode);
        parent.Children[left] = target;
        if (target is BTreeLeaf leaf)
        {
            var from = (BTreeLeaf)rightNode;
            Array.Copy(from.Keys, 0, leaf.Keys, leaf.Count, from.Count);
            leaf.Count += from.Count;
        }
        else
        {
            var into = (BTreeInner)target;
            var from = (BTreeInner)rightNode;
            Array.Copy(from.Keys, 0, into.Keys, into.Count, from.Count);
            Array.Copy(from.Children, 0, into.Children, into.Count, from.Count);
            Array.Copy(from.Counts, 0, into.Counts, into.Count, from.Count);
            into.Count += from.Count;
        }

        parent.Counts[left] += parent.Counts[left + 1];
        parent.RemoveAt(left + 1);
    }
}
