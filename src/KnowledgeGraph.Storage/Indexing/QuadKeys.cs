using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Storage.Indexing;

/// <summary>
/// The key layout shared by the stores: a quad in one index order is four 32-bit term ids packed, most significant
/// first, into a <see cref="UInt128"/>. Comparing keys compares the tuples lexicographically, and written big-endian
/// (16 bytes) the keys sort the same way bytewise, which is what RocksDB's iterators need.
/// </summary>
internal static class QuadKeys
{
    /// <summary>The number of index orders.</summary>
    public const int OrderCount = 6;

    /// <summary>The largest id a store can hand out (ids are 32-bit in keys).</summary>
    public const long MaxTermId = uint.MaxValue;

    /// <summary>The number of bytes of a key written big-endian.</summary>
    public const int KeyBytes = 16;

    public static UInt128 Pack(uint a, uint b, uint c, uint d) =>
        new(((ulong)a << 32) | b, ((ulong)c << 32) | d);

    /// <summary>The key of a quad in an index order.</summary>
    public static UInt128 Encode(IndexOrder order, uint s, uint p, uint o, uint g) => order switch
    {
        IndexOrder.Spog => Pack(s, p, o, g),
        IndexOrder.Posg => Pack(p, o, s, g),
        IndexOrder.Ospg => Pack(o, s, p, g),
        IndexOrder.Gspo => Pack(g, s, p, o),
        IndexOrder.Gpos => Pack(g, p, o, s),
        IndexOrder.Gosp => Pack(g, o, s, p),
        _ => throw new ArgumentOutOfRangeException(nameof(order)),
    };

    /// <summary>The key of a quad in an index order.</summary>
    public static UInt128 Encode(IndexOrder order, in EncodedQuad quad) =>
        Encode(order, (uint)quad.Subject, (uint)quad.Predicate, (uint)quad.Object, (uint)quad.Graph);

    /// <summary>The quad behind a key of an index order.</summary>
    public static EncodedQuad Decode(IndexOrder order, UInt128 key)
    {
        ulong hi = (ulong)(key >> 64);
        ulong lo = (ulong)key;
        long a = (long)(hi >> 32), b = (long)(uint)hi, c = (long)(lo >> 32), d = (long)(uint)lo;
        return order switch
        {
            IndexOrder.Spog => new EncodedQuad(a, b, c, d),
            IndexOrder.Posg => new EncodedQuad(c, a, b, d),
            IndexOrder.Ospg => new EncodedQuad(b, c, a, d),
            IndexOrder.Gspo => new EncodedQuad(b, c, d, a),
            IndexOrder.Gpos => new EncodedQuad(d, b, c, a),
            IndexOrder.Gosp => new EncodedQuad(c, d, b, a),
            _ => throw new ArgumentOutOfRangeException(nameof(order)),
        };
    }

    /// <summary>The first id of a key (the leading position of its index order).</summary>
    public static uint Leading(UInt128 key) => (uint)(key >> 96);

    /// <summary>True when two keys agree in their first three positions.</summary>
    public static bool SameFirstThree(UInt128 x, UInt128 y) => (x >> 32) == (y >> 32);

    /// <summary>Writes a key big-endian.</summary>
    public static void Write(UInt128 key, Span<byte> destination) =>
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(destination, key);

    /// <summary>Reads a big-endian key.</summary>
    public static UInt128 Read(ReadOnlySpan<byte> source) =>
        System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(source);

    /// <summary>True when an id can stand in a stored quad.</summary>
    public static bool IsStorable(long id) => id >= TermIds.DefaultGraph && id <= MaxTermId;
}
