namespace KnowledgeGraph.Storage.Memory;

/// <summary>
/// A node of a <see cref="BTree"/>. A node belongs to the writer whose <see cref="Owner"/> token it carries:
/// that writer may change it in place; everyone else treats it as frozen and copies it before a change.
/// </summary>
internal abstract class BTreeNode
{
    protected BTreeNode(long owner)
    {
        Owner = owner;
    }

    public long Owner { get; }

    /// <summary>Keys in a leaf; children in an inner node.</summary>
    public int Count;

    /// <summary>The smallest key under this node.</summary>
    public abstract UInt128 FirstKey { get; }

    /// <summary>The number of keys under this node.</summary>
    public abstract long Size { get; }

    public abstract BTreeNode CopyFor(long owner);
}
