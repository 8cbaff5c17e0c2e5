using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// A lock-free direct-mapped cache shared by a store's readers: decoded committed terms by id, and committed ids by
/// term. A committed id never changes its term nor a committed term its id, so an entry is either right or absent;
/// a slot holds one immutable entry, replaced with one reference store, and a collision simply replaces it.
/// </summary>
internal sealed class DirectMappedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly int _mask;
    private readonly Entry?[] _entries;

    /// <summary>A cache of 2^<paramref name="slotBits"/> slots.</summary>
    public DirectMappedCache(int slotBits)
    {
        _mask = (1 << slotBits) - 1;
        _entries = new Entry?[1 << slotBits];
    }

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        Entry? entry = Volatile.Read(ref _entries[Slot(key)]);
        if (entry is not null && EqualityComparer<TKey>.Default.Equals(entry.Key, key))
        {
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    public void Set(TKey key, TValue value) => Volatile.Write(ref _entries[Slot(key)], new Entry(key, value));

    private int Slot(TKey key) => EqualityComparer<TKey>.Default.GetHashCode(key) & _mask;

    private sealed record Entry(TKey Key, TValue Value);
}
