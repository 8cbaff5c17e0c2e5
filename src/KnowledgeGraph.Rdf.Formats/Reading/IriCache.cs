using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>
/// A direct-mapped cache from the UTF-8 bytes of an IRI to the validated <see cref="Iri"/>: repeated IRIs
/// (predicates, types, subjects on consecutive lines) are neither decoded nor validated again.
/// A collision simply replaces the slot, so memory stays fixed.
/// </summary>
internal sealed class IriCache
{
    private const int SlotBits = 15;
    private const int Slots = 1 << SlotBits;

    private readonly byte[]?[] _keys = new byte[Slots][];
    private readonly Iri?[] _values = new Iri[Slots];

    public Iri? Find(ReadOnlySpan<byte> bytes)
    {
        int slot = Slot(bytes);
        byte[]? key = _keys[slot];
        return key is not null && bytes.SequenceEqual(key) ? _values[slot] : null;
    }

    public void Add(ReadOnlySpan<byte> bytes, Iri iri)
    {
        int slot = Slot(bytes);
        _keys[slot] = bytes.ToArray();
        _values[slot] = iri;
    }

    private static int Slot(ReadOnlySpan<byte> bytes)
    {
        // Mix the last eight bytes, where IRIs that share a namespace differ, the eight before them and the length:
        // two unaligned loads and a multiply instead of a byte-wise hash.
        if (bytes.Length < 16)
        {
            return ShortSlot(bytes);
        }

        return Mix(
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[^16..]),
            bytes.Length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ShortSlot(ReadOnlySpan<byte> bytes)
    {
        Span<byte> padded = stackalloc byte[16];
        padded.Clear();
        bytes.CopyTo(padded[(16 - bytes.Length)..]);
        return Mix(BinaryPrimitives.ReadUInt64LittleEndian(padded[8..]), BinaryPrimitives.ReadUInt64LittleEndian(padded), bytes.Length);
    }

    private static int Mix(ulong tail, ulong before, int length)
    {
        ulong hash = (tail * 0x9E3779B97F4A7C15UL) ^ (before * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)length * 0x165667B19E3779F9UL);
        return (int)(hash >> (64 - SlotBits));
    }
}
