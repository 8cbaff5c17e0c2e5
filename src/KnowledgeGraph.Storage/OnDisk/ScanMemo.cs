using KnowledgeGraph.Storage.Indexing;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// The keys of recent small range scans of one snapshot, by index order and range: a lock-free direct-mapped table,
/// so a range looked up again while the snapshot is open (a join or a path search binding the same term many times)
/// costs no seek. A snapshot never changes, so an entry is either right or absent.
/// </summary>
internal sealed class ScanMemo
{
    /// <summary>The most keys a remembered range holds.</summary>
    public const int MaxKeys = 16;

    private const int Size = 1 << 12;

    private Entry?[]? _entries;

    public bool TryGet(IndexOrder order, UInt128 low, UInt128 high, out UInt128[] keys)
    {
        Entry?[]? entries = Volatile.Read(ref _entries);
        Entry? entry = entries is null ? null : Volatile.Read(ref entries[Slot(order, low, high)]);
        if (entry is not null && entry.Low == low && entry.High == high && entry.Order == order)
        {
            keys = entry.Keys;
            return true;
        }

        keys = [];
        return false;
    }

    /// <summary>Remembers all the keys of a range (at most <see cref="MaxKeys"/>); the array is not copied.</summary>
    public void Set(IndexOrder order, UInt128 low, UInt128 high, UInt128[] keys)
    {
        Entry?[] entries = Volatile.Read(ref _entries) ?? Interlocked.CompareExchange(ref _entries, new Entry?[Size], null) ?? _entries;
        Volatile.Write(ref entries[Slot(order, low, high)], new Entry(order, low, high, keys));
    }

    private static int Slot(IndexOrder order, UInt128 low, UInt128 high)
    {
        ulong mixed = ((ulong)(low >> 64) * 0x9E3779B97F4A7C15UL) ^ ((ulong)low * 0xC2B2AE3D27D4EB4FUL)
            ^ ((ulong)(high >> 64) * 0x165667B19E3779F9UL) ^ (ulong)high ^ (ulong)order;
        return (int)((mixed ^ (mixed >> 29)) & (Size - 1));
    }

    private sealed record Entry(IndexOrder Order, UInt128 Low, UInt128 High, UInt128[] Keys);
}
