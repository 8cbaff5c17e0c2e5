using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>
/// A direct-mapped cache from the UTF-8 bytes of a term as written to the validated term: repeated IRIs
/// (predicates, types, subjects on consecutive lines) and short literals (numbers, dates, codes) are neither decoded
/// nor validated again, and share one instance (terms are immutable). A collision simply replaces the slot, so memory
/// stays fixed.
/// </summary>
/// <remarks>
/// One cache serves all worker threads of a document: a slot holds one immutable entry (the key bytes and the term),
/// replaced with a single reference store, so a reader sees either the old entry or the new one, never a mix. Sharing
/// means a term read by one worker is a hit for the others, and the cached terms are kept once: with a cache per
/// worker, a 1M-triple parse promoted three caches' worth of terms (27 MB) in its first gen-1 collection.
/// </remarks>
internal sealed class Utf8TermCache<TTerm>
    where TTerm : Term
{
    private readonly int _slotBits;
    private readonly Entry?[] _entries;

    /// <summary>A cache of 2^<paramref name="slotBits"/> slots.</summary>
    public Utf8TermCache(int slotBits)
    {
        _slotBits = slotBits;
        _entries = new Entry[1 << slotBits];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TTerm? Find(ReadOnlySpan<byte> bytes)
    {
        Entry? entry = Volatile.Read(ref _entries[Slot(bytes)]);
        return entry is not null && bytes.SequenceEqual(entry.Key) ? entry.Term : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<byte> bytes, TTerm term) => Volatile.Write(ref _entries[Slot(bytes)], new Entry(bytes.ToArray(), term));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Slot(ReadOnlySpan<byte> bytes)
    {
        // Mix the first eight bytes (where literals differ: "3"^^xsd:integer and "4"^^xsd:integer share their last
        // sixteen), the last eight (where IRIs that share a namespace differ), the eight before them and the length:
        // three unaligned loads and multiplies instead of a byte-wise hash.
        if (bytes.Length < 16)
        {
            return ShortSlot(bytes) >>> (32 - _slotBits);
        }

        return Mix(
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[^16..]) ^ (BinaryPrimitives.ReadUInt64LittleEndian(bytes) * 0xFF51AFD7ED558CCDUL),
            bytes.Length) >>> (32 - _slotBits);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ShortSlot(ReadOnlySpan<byte> bytes)
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

    private sealed class Entry(byte[] key, TTerm term)
    {
        public byte[] Key { get; } = key;

        public TTerm Term { get; } = term;
    }
}
