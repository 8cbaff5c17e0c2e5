using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>
/// A direct-mapped cache from the UTF-8 bytes of a term as written to the validated term: repeated IRIs
/// (predicates, types, subjects on consecutive lines) and short literals (numbers, dates, codes) are neither decoded
/// nor validated again, and share one instance (terms are immutable). A collision simply replaces the slot, so memory
/// stays fixed.
/// </summary>
internal sealed class Utf8TermCache<TTerm>
    where TTerm : Term
{
    private readonly int _slotBits;
    private readonly byte[]?[] _keys;
    private readonly TTerm?[] _values;

    /// <summary>A cache of 2^<paramref name="slotBits"/> slots.</summary>
    public Utf8TermCache(int slotBits)
    {
        _slotBits = slotBits;
        _keys = new byte[1 << slotBits][];
        _values = new TTerm[1 << slotBits];
    }

    public TTerm? Find(ReadOnlySpan<byte> bytes)
    {
        int slot = Slot(bytes);
        byte[]? key = _keys[slot];
        return key is not null && bytes.SequenceEqual(key) ? _values[slot] : null;
    }

    public void Add(ReadOnlySpan<byte> bytes, TTerm term)
    {
        int slot = Slot(bytes);
        _keys[slot] = bytes.ToArray();
        _values[slot] = term;
    }

    private int Slot(ReadOnlySpan<byte> bytes)
    {
        // Mix the last eight bytes, where IRIs that share a namespace differ, the eight before them and the length:
        // two unaligned loads and a multiply instead of a byte-wise hash.
        if (bytes.Length < 16)
        {
            return ShortSlot(bytes) >>> (32 - _slotBits);
        }

        return Mix(
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[^16..]),
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
}
