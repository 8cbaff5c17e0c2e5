using System.Buffers.Binary;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// The column families of a RocksDB store and the form of their keys and values. All integers are big-endian, so
/// that RocksDB's bytewise order is numeric order and a key prefix is a range.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>meta</c>: <c>format</c> → format version (int32); <c>next-id</c> → next term id (int64); <c>quads</c> → quad count (int64);
/// <c>union-default-graph</c> → the store's default-graph setting (one byte, 1 = union; absent = 0);
/// <c>ingest</c> → the SST files (names in <see cref="BulkDirectory"/>, one a line) of a committed bulk batch not yet ingested.</item>
/// <item><c>id2term</c>: term id (uint32) → term (<see cref="Terms.TermCodec"/> value form).</item>
/// <item><c>term2id</c>: term (key form) → term id (uint32).</item>
/// <item><c>spog</c> … <c>gosp</c>: one per <see cref="IndexOrder"/>; key = the packed quad (16 bytes), no value.</item>
/// <item><c>stats</c>: predicate id (uint32) → quads, distinct subjects, distinct objects (3 × int64).</item>
/// <item><c>graphs</c>: id (uint32) of a named graph created explicitly → nothing.</item>
/// </list>
/// </remarks>
internal static class StoreLayout
{
    /// <summary>The version of this layout; a store written in another one is refused.</summary>
    public const int FormatVersion = 1;

    public const string Meta = "meta";
    public const string IdToTerm = "id2term";
    public const string TermToId = "term2id";
    public const string Statistics = "stats";
    public const string Graphs = "graphs";

    public static readonly byte[] FormatKey = "format"u8.ToArray();
    public static readonly byte[] NextIdKey = "next-id"u8.ToArray();
    public static readonly byte[] QuadCountKey = "quads"u8.ToArray();
    public static readonly byte[] PendingIngestKey = "ingest"u8.ToArray();
    public static readonly byte[] UnionDefaultGraphKey = "union-default-graph"u8.ToArray();

    /// <summary>The subdirectory of the store where bulk batches write their SST files.</summary>
    public const string BulkDirectory = "bulk";

    public static readonly string[] IndexNames = ["spog", "posg", "ospg", "gspo", "gpos", "gosp"];

    /// <summary>The column families bulk batches write SST files for.</summary>
    public static readonly string[] BulkFamilies = [IdToTerm, TermToId, .. IndexNames];

    public static byte[] EncodeFileNames(IEnumerable<string> names) => System.Text.Encoding.UTF8.GetBytes(string.Join('\n', names));

    public static string[] DecodeFileNames(ReadOnlySpan<byte> bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static byte[] Flag(bool value) => [value ? (byte)1 : (byte)0];

    public static byte[] IdKey(long id)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)id);
        return bytes;
    }

    public static long ReadId(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadUInt32BigEndian(bytes);

    public static byte[] Int64(long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return bytes;
    }

    public static long ReadInt64(ReadOnlySpan<byte> bytes) => BinaryPrimitives.ReadInt64BigEndian(bytes);

    public static byte[] Int32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    public static byte[] IndexKey(UInt128 key)
    {
        var bytes = new byte[QuadKeys.KeyBytes];
        QuadKeys.Write(key, bytes);
        return bytes;
    }

    public static byte[] EncodeStatistics(PredicateStatistics statistics)
    {
        var bytes = new byte[24];
        BinaryPrimitives.WriteInt64BigEndian(bytes, statistics.Quads);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(8), statistics.DistinctSubjects);
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(16), statistics.DistinctObjects);
        return bytes;
    }

    public static PredicateStatistics DecodeStatistics(ReadOnlySpan<byte> bytes) => new(
        BinaryPrimitives.ReadInt64BigEndian(bytes),
        BinaryPrimitives.ReadInt64BigEndian(bytes[8..]),
        BinaryPrimitives.ReadInt64BigEndian(bytes[16..]));
}
