using System.Numerics;
using KnowledgeGraph.Storage.Indexing;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// Small key groups of a store's indexes, shared by the readers of one committed state: the keys of an index order
/// that share their first two (or three) ids, when there are at most <see cref="MaxKeys"/> of them, and a mark for a
/// group found larger. Every lookup with two or more leading ids bound (a subject's quads in SPOG or GSPO, a
/// predicate-object pair in POSG, ...) then costs a hash probe and a binary search in managed memory instead of a
/// RocksDB seek, once the group has been read; the other lookups of the same group (a star join's patterns on one
/// subject) need no read at all. A group is read whole only when a second lookup falls into it (<see cref="Admit"/>),
/// so lookups that never repeat cost what a plain range read costs.
/// </summary>
/// <remarks>
/// The store makes a new cache for every commit (<see cref="RocksDbQuadStore.Groups"/>), so entries never go
/// stale: every reader that uses one took its snapshot between the same two commits. A lock-free table where each
/// group has two slots (two-choice hashing, which keeps conflicts rare at a high fill): an entry is immutable and
/// replaced whole, so a probe sees either a right entry or none. Memory is bounded by <see cref="Capacity"/> entries
/// holding at most <see cref="KeyBudget"/> keys together.
/// </remarks>
internal sealed class KeyGroupCache
{
    /// <summary>The most keys a cached group holds; a larger group is marked as such.</summary>
    public const int MaxKeys = 32;

    /// <summary>The number of entries (groups) the cache holds at most.</summary>
    public const int Capacity = 1 << SizeBits;

    /// <summary>The number of keys the cache holds at most (64 MB of keys).</summary>
    public const long KeyBudget = 1 << 22;

    private const int SizeBits = 18;

    private const int TouchBits = 22;

    private Entry?[]? _entries;
    private ulong[]? _touched;
    private long _stamp;
    private long _keyCount;

    /// <summary>The number of keys cached now (for tests and measurements).</summary>
    public long KeyCount => Interlocked.Read(ref _keyCount);

    /// <summary>
    /// The number of leading ids that [low, high] binds when it is the range of all keys with one prefix (what a
    /// <see cref="ScanPlan"/> asks for): 4 for a single key, 0 for a range of another shape.
    /// </summary>
    public static int BoundPositions(UInt128 low, UInt128 high)
    {
        UInt128 differing = low ^ high;
        if (differing == UInt128.Zero)
        {
            return 4;
        }

        int bound = (int)UInt128.LeadingZeroCount(differing) / 32;
        if (bound == 0)
        {
            return 0;
        }

        UInt128 rest = (UInt128.One << (32 * (4 - bound))) - 1;
        return (low & rest) == UInt128.Zero && (high & rest) == rest ? bound : 0;
    }

    /// <summary>The first key of the group of <paramref name="key"/> at a level (2 or 3 leading ids).</summary>
    public static UInt128 GroupLow(UInt128 key, int level)
    {
        int shift = 32 * (4 - level);
        return key >> shift << shift;
    }

    /// <summary>The last key of the group of <paramref name="key"/> at a level.</summary>
    public static UInt128 GroupHigh(UInt128 key, int level) => GroupLow(key, level) | ((UInt128.One << (32 * (4 - level))) - 1);

    /// <summary>The keys of a sorted group that lie in [low, high].</summary>
    public static IEnumerable<UInt128> Slice(UInt128[] keys, UInt128 low, UInt128 high)
    {
        int start = LowerBound(keys, low);
        int end = start;
        while (end < keys.Length && keys[end] <= high)
        {
            end++;
        }

        return start == 0 && end == keys.Length ? keys : new ArraySegment<UInt128>(keys, start, end - start);
    }

    /// <summary>
    /// Looks a group up: true with its keys, true with null when it is larger than <see cref="MaxKeys"/>, false when
    /// it is not cached.
    /// </summary>
    public bool TryGet(IndexOrder order, int level, UInt128 groupLow, out UInt128[]? keys)
    {
        Entry?[]? entries = Volatile.Read(ref _entries);
        if (entries is not null)
        {
            ulong hash = Hash(order, level, groupLow);
            Entry? entry = Volatile.Read(ref entries[First(hash)]);
            if (entry is null || !entry.Is(order, level, groupLow))
            {
                entry = Volatile.Read(ref entries[Second(hash)]);
            }

            if (entry is not null && entry.Is(order, level, groupLow))
            {
                keys = entry.Keys;
                return true;
            }
        }

        keys = null;
        return false;
    }

    /// <summary>
    /// True when a lookup fell into this group before (so it is worth reading whole); else records this lookup and
    /// returns false. One bit per group hash: a group that shares its bit with one seen before is admitted early,
    /// which costs a read, never a wrong answer.
    /// </summary>
    public bool Admit(IndexOrder order, int level, UInt128 groupLow)
    {
        ulong[] touched = Volatile.Read(ref _touched) ?? InitializeTouched();
        int bit = (int)(Hash(order, level, groupLow) >> (64 - TouchBits));
        ulong mask = 1UL << (bit & 63);
        return (Interlocked.Or(ref touched[bit >> 6], mask) & mask) != 0;
    }

    /// <summary>
    /// Caches a group's keys (sorted, not copied), or null to mark it as larger than <see cref="MaxKeys"/>: in the
    /// free one of its two slots, else in place of the older of their entries. Nothing is cached while the cache
    /// holds <see cref="KeyBudget"/> keys.
    /// </summary>
    public void Set(IndexOrder order, int level, UInt128 groupLow, UInt128[]? keys)
    {
        Entry?[] entries = Volatile.Read(ref _entries) ?? InitializeEntries();
        ulong hash = Hash(order, level, groupLow);
        int first = First(hash), second = Second(hash);
        Entry? a = Volatile.Read(ref entries[first]), b = Volatile.Read(ref entries[second]);
        int slot = a is null || a.Is(order, level, groupLow) ? first
            : b is null || b.Is(order, level, groupLow) ? second
            : a.Stamp <= b.Stamp ? first : second;
        Entry? replaced = slot == first ? a : b;
        long added = (keys?.Length ?? 0) - (replaced?.Keys?.Length ?? 0);
        if (Interlocked.Add(ref _keyCount, added) > KeyBudget && added > 0)
        {
            Interlocked.Add(ref _keyCount, -added);
            return;
        }

        // Racing writers of one slot may miscount the replaced entry's keys by a group; the budget stays a bound
        // within a few groups.
        Volatile.Write(ref entries[slot], new Entry(order, level, groupLow, keys, Interlocked.Increment(ref _stamp)));
    }

    private static int LowerBound(UInt128[] keys, UInt128 value)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < value)
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

    private static ulong Hash(IndexOrder order, int level, UInt128 groupLow)
    {
        ulong mixed = ((ulong)(groupLow >> 64) * 0x9E3779B97F4A7C15UL) ^ ((ulong)groupLow * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)((int)order * 8 + level);
        return BitOperations.RotateLeft(mixed, 31) * 0x165667B19E3779F9UL;
    }

    private static int First(ulong hash) => (int)(hash >> (64 - SizeBits));

    private static int Second(ulong hash) => (int)(hash >> (32 - SizeBits)) & (Capacity - 1);

    private Entry?[] InitializeEntries()
    {
        Interlocked.CompareExchange(ref _entries, new Entry?[Capacity], null);
        return _entries;
    }

    private ulong[] InitializeTouched()
    {
        Interlocked.CompareExchange(ref _touched, new ulong[1 << (TouchBits - 6)], null);
        return _touched;
    }

    private sealed record Entry(IndexOrder Order, int Level, UInt128 GroupLow, UInt128[]? Keys, long Stamp)
    {
        public bool Is(IndexOrder order, int level, UInt128 groupLow) => GroupLow == groupLow && Order == order && Level == level;
    }
}
