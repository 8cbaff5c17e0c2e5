using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>
/// A direct-mapped cache from an IRI as written (UTF-8 bytes for the N-Quads reader, UTF-16 characters for the Turtle
/// reader) to the validated term: repeated IRIs (predicates, types, subjects on consecutive lines) are neither decoded
/// nor validated again, and share one instance (terms are immutable). A collision simply replaces the slot, so memory
/// stays fixed.
/// </summary>
/// <remarks>
/// <para>
/// One cache serves all worker threads of a document: a slot holds one immutable entry (the key and the term),
/// replaced with a single reference store, so a reader sees either the old entry or the new one, never a mix. Sharing
/// means a term read by one worker is a hit for the others, and the cached terms are kept once: with a cache per
/// worker, a 1M-triple parse promoted three caches' worth of terms (27 MB) in its first gen-1 collection.
/// </para>
/// <para>
/// Literals are not cached. Measured on the 1M BSBM dump (455k short literals, 80k distinct, far apart): a cache of
/// short literals, even one admitting a form only on its second sighting, cost more in keys and entries than its hits
/// saved (228 MB allocated against 211 MB without it, and more CPU time).
/// </para>
/// </remarks>
internal sealed class TermCache<TUnit, TTerm>
    where TUnit : unmanaged, IEquatable<TUnit>
    where TTerm : Term
{
    private readonly int _slotBits;

    // Allocated on the first Add: a Turtle document's directives each start a new set of caches, and most sets of a
    // run of directives are never used.
    private Table? _table;

    /// <summary>A cache of 2^<paramref name="slotBits"/> slots.</summary>
    public TermCache(int slotBits)
    {
        _slotBits = slotBits;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TTerm? Find(ReadOnlySpan<TUnit> written)
    {
        Table? table = Volatile.Read(ref _table);
        if (table is null)
        {
            return null;
        }

        Entry? entry = Volatile.Read(ref table.Entries[Hash(MemoryMarshal.AsBytes(written)) >>> (32 - _slotBits)]);
        return entry is not null && written.SequenceEqual(entry.Key.Span) ? entry.Term : null;
    }

    /// <summary>Caches <paramref name="term"/> under <paramref name="written"/>, which must not change afterwards.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlyMemory<TUnit> written, TTerm term)
    {
        Table table = EnsureTable();
        Volatile.Write(ref table.Entries[Hash(MemoryMarshal.AsBytes(written.Span)) >>> (32 - _slotBits)], new Entry(written, term));
    }

    /// <summary>The slot table, allocated by whichever thread needs it first.</summary>
    private Table EnsureTable() =>
        Volatile.Read(ref _table)
            ?? Interlocked.CompareExchange(ref _table, new Table(1 << _slotBits), null)
            ?? _table!;

    /// <summary>
    /// A 32-bit hash whose high bits are well mixed (the slot is taken from them): the first eight bytes, the last eight
    /// (where IRIs that share a namespace differ), the eight before them and the length; three unaligned loads and
    /// multiplies instead of a byte-wise hash.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 16)
        {
            return ShortHash(bytes);
        }

        return Mix(
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[^16..]) ^ (BinaryPrimitives.ReadUInt64LittleEndian(bytes) * 0xFF51AFD7ED558CCDUL),
            bytes.Length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ShortHash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> padded = stackalloc byte[16];
        padded.Clear();
        bytes.CopyTo(padded[(16 - bytes.Length)..]);
        return Mix(BinaryPrimitives.ReadUInt64LittleEndian(padded[8..]), BinaryPrimitives.ReadUInt64LittleEndian(padded), bytes.Length);
    }

    /// <summary>A 32-bit hash whose high bits are well mixed (the slot is taken from them).</summary>
    private static int Mix(ulong tail, ulong before, int length)
    {
        ulong hash = (tail * 0x9E3779B97F4A7C15UL) ^ (before * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)length * 0x165667B19E3779F9UL);
        return (int)(hash >> 32);
    }

    private sealed class Entry(ReadOnlyMemory<TUnit> key, TTerm term)
    {
        public ReadOnlyMemory<TUnit> Key { get; } = key;

        public TTerm Term { get; } = term;
    }

    private sealed class Table(int slots)
    {
        public Entry?[] Entries { get; } = new Entry?[slots];
    }
}
