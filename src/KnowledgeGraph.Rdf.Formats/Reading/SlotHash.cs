using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>The hash that picks a slot in the readers' direct-mapped caches (<see cref="TermCache{TUnit, TTerm}"/>, <see cref="IriCache"/>).</summary>
internal static class SlotHash
{
    /// <summary>
    /// A 32-bit hash whose high bits are well mixed (the slot is taken from them): the first eight bytes, the last eight
    /// (where IRIs that share a namespace differ), the eight before them and the length; three unaligned loads and
    /// multiplies instead of a byte-wise hash.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Of(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 16)
        {
            return OfShort(bytes);
        }

        return Mix(
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[^16..]) ^ (BinaryPrimitives.ReadUInt64LittleEndian(bytes) * 0xFF51AFD7ED558CCDUL),
            bytes.Length);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int OfShort(ReadOnlySpan<byte> bytes)
    {
        Span<byte> padded = stackalloc byte[16];
        padded.Clear();
        bytes.CopyTo(padded[(16 - bytes.Length)..]);
        return Mix(BinaryPrimitives.ReadUInt64LittleEndian(padded[8..]), BinaryPrimitives.ReadUInt64LittleEndian(padded), bytes.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Mix(ulong tail, ulong before, int length)
    {
        ulong hash = (tail * 0x9E3779B97F4A7C15UL) ^ (before * 0xC2B2AE3D27D4EB4FUL) ^ ((ulong)length * 0x165667B19E3779F9UL);
        return (int)(hash >> 32);
    }
}
