using System.Runtime.InteropServices;
using KnowledgeGraph.Storage.Indexing;
using KnowledgeGraph.Storage.OnDisk.Native;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// A RocksDB iterator over one index at a reader's snapshot, made once and reused for every range scan of that
/// reader: creating an iterator (a merging iterator over the memtables and every level, each opening its table's
/// index) costs more than the seek itself, and a nested-loop join scans once per row.
/// </summary>
/// <remarks>
/// The iterator's upper bound lives in native memory that its read options point at and is rewritten before each
/// seek. RocksDB dereferences <c>iterate_upper_bound</c> on use and checks it again after every <c>Seek</c>, so a
/// bound changed between seeks applies to the next one (MyRocks and LogDevice rely on this; facebook/rocksdb#5468).
/// The bound is the range's last key followed by one zero byte: every 16-byte key up to and including that key sorts
/// below it and every later key above it, so the last key of an index (all 0xFF) needs no special case. With the
/// bound set, <c>Valid()</c> turns false at the end of the range without reading the key after it.
/// </remarks>
internal sealed unsafe class IndexIterator : IDisposable
{
    private const int BoundBytes = QuadKeys.KeyBytes + 1;

    private readonly IteratorHandle _iterator;

    // The native iterator reads its read options' bound pointer (the iterator holds a reference on them).
    private readonly ReadOptionsHandle _options;
    private byte* _memory;

    public IndexIterator(DatabaseHandle db, ColumnFamilyHandle index, SnapshotHandle snapshot)
    {
        // The bound (17 bytes), then the seek target (16 bytes).
        _memory = (byte*)NativeMemory.AllocZeroed(BoundBytes + QuadKeys.KeyBytes);
        _options = new ReadOptionsHandle(snapshot);
        try
        {
            _options.SetIterateUpperBound(_memory, BoundBytes);
            _iterator = db.NewIterator(index, _options);
        }
        catch
        {
            _options.Dispose();
            NativeMemory.Free(_memory);
            _memory = null;
            throw;
        }
    }

    /// <summary>True while the iterator stands on a key of the range last sought.</summary>
    public bool Valid => _iterator.Valid;

    /// <summary>The key the iterator stands on; only while <see cref="Valid"/>.</summary>
    public UInt128 Key => QuadKeys.Read(_iterator.Key);

    /// <summary>Positions the iterator on the first key of [low, high], or makes it invalid when there is none.</summary>
    public void Seek(UInt128 low, UInt128 high)
    {
        QuadKeys.Write(high, new Span<byte>(_memory, QuadKeys.KeyBytes));
        byte* target = _memory + BoundBytes;
        QuadKeys.Write(low, new Span<byte>(target, QuadKeys.KeyBytes));
        _iterator.Seek(target, QuadKeys.KeyBytes);
    }

    /// <summary>
    /// Room for the keys of a group read whole (one more than <see cref="KeyGroupCache.MaxKeys"/>, to tell a larger
    /// group); only the scan holding this iterator uses it.
    /// </summary>
    public UInt128[] Buffer { get; } = new UInt128[KeyGroupCache.MaxKeys + 1];

    public void Next() => _iterator.Next();

    /// <summary>Reads keys into <paramref name="keys"/> until it is full or the range ends; returns how many.</summary>
    public int Read(Span<UInt128> keys)
    {
        int count = 0;
        while (count < keys.Length && _iterator.Valid)
        {
            keys[count++] = QuadKeys.Read(_iterator.Key);
            _iterator.Next();
        }

        return count;
    }

    public void Dispose()
    {
        if (_memory is null)
        {
            return;
        }

        // The bound's memory is freed only after the iterator and the options pointing at it are destroyed.
        _iterator.Dispose();
        _options.Dispose();
        NativeMemory.Free(_memory);
        _memory = null;
    }
}
