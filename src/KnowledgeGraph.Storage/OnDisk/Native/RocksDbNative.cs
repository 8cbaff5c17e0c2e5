using System.Runtime.InteropServices;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>
/// The functions of RocksDB's C API (<c>include/rocksdb/c.h</c>) the store uses, bound at compile time by the
/// <see cref="LibraryImportAttribute"/> source generator: every signature is blittable (opaque handles as
/// <see cref="nint"/>, <c>size_t</c> as <see cref="nuint"/>, <c>unsigned char</c> booleans as <see cref="byte"/>,
/// <c>char*</c> as <see cref="byte"/>*), so a call is a direct native call with no marshalling stub, and binding costs
/// nothing until a function is first called (RocksDbSharp bound a delegate for each of the API's ~1000 functions
/// at start-up). The library is the <c>librocksdb</c> of the RocksDB NuGet package, found through the application's
/// native probing paths (its deps.json lists <c>runtimes/{rid}/native/librocksdb.so</c>).
/// </summary>
/// <remarks>
/// c.h conventions: a function that can fail takes <c>char** errptr</c> last, leaves it alone on success and stores
/// a <c>malloc</c>ed message on failure (freed with <see cref="rocksdb_free"/>; see <see cref="RocksDbError"/>).
/// Buffers returned by <c>rocksdb_get_cf</c> are <c>malloc</c>ed too. The wrappers are the handle types of this
/// folder; nothing else calls these functions.
/// </remarks>
internal static unsafe partial class RocksDbNative
{
    private const string Library = "rocksdb";

    // Database
    [LibraryImport(Library)]
    public static partial nint rocksdb_open_column_families(
        nint options, byte* name, int numColumnFamilies, byte** columnFamilyNames, nint* columnFamilyOptions,
        nint* columnFamilyHandles, byte** errptr);

    [LibraryImport(Library)]
    public static partial byte** rocksdb_list_column_families(nint options, byte* name, nuint* count, byte** errptr);

    [LibraryImport(Library)]
    public static partial void rocksdb_list_column_families_destroy(byte** list, nuint count);

    [LibraryImport(Library)]
    public static partial void rocksdb_close(nint db);

    [LibraryImport(Library)]
    public static partial void rocksdb_column_family_handle_destroy(nint handle);

    [LibraryImport(Library)]
    public static partial void rocksdb_put_cf(
        nint db, nint writeOptions, nint columnFamily, byte* key, nuint keyLength, byte* value, nuint valueLength, byte** errptr);

    [LibraryImport(Library)]
    public static partial void rocksdb_delete_cf(nint db, nint writeOptions, nint columnFamily, byte* key, nuint keyLength, byte** errptr);

    [LibraryImport(Library)]
    public static partial void rocksdb_write(nint db, nint writeOptions, nint batch, byte** errptr);

    [LibraryImport(Library)]
    public static partial byte* rocksdb_get_cf(
        nint db, nint readOptions, nint columnFamily, byte* key, nuint keyLength, nuint* valueLength, byte** errptr);

    [LibraryImport(Library)]
    public static partial nint rocksdb_create_iterator_cf(nint db, nint readOptions, nint columnFamily);

    [LibraryImport(Library)]
    public static partial nint rocksdb_create_snapshot(nint db);

    [LibraryImport(Library)]
    public static partial void rocksdb_release_snapshot(nint db, nint snapshot);

    [LibraryImport(Library)]
    public static partial void rocksdb_approximate_sizes_cf_with_flags(
        nint db, nint columnFamily, int numRanges, byte** rangeStartKeys, nuint* rangeStartKeyLengths,
        byte** rangeLimitKeys, nuint* rangeLimitKeyLengths, byte includeFlags, ulong* sizes, byte** errptr);

    [LibraryImport(Library)]
    public static partial void rocksdb_ingest_external_file_cf(
        nint db, nint columnFamily, byte** fileList, nuint listLength, nint options, byte** errptr);

    [LibraryImport(Library)]
    public static partial void rocksdb_free(void* pointer);

    // Options (DB and column family options are one type in the C API)
    [LibraryImport(Library)]
    public static partial nint rocksdb_options_create();

    [LibraryImport(Library)]
    public static partial void rocksdb_options_destroy(nint options);

    [LibraryImport(Library)]
    public static partial void rocksdb_options_set_create_if_missing(nint options, byte value);

    [LibraryImport(Library)]
    public static partial void rocksdb_options_set_create_missing_column_families(nint options, byte value);

    [LibraryImport(Library)]
    public static partial void rocksdb_options_set_max_background_compactions(nint options, int value);

    [LibraryImport(Library)]
    public static partial void rocksdb_options_set_max_background_flushes(nint options, int value);

    [LibraryImport(Library)]
    public static partial void rocksdb_options_set_keep_log_file_num(nint options, nuint value);

    [LibraryImport(Library)]
    public static partial void rocksdb_options_set_info_log_level(nint options, int level);

    [LibraryImport(Library)]
    public static partial void rocksdb_options_set_compression(nint options, int compression);

    [LibraryImport(Library)]
    public static partial void rocksdb_options_set_write_buffer_size(nint options, nuint bytes);

    [LibraryImport(Library)]
    public static partial void rocksdb_options_set_max_write_buffer_number(nint options, int value);

    [LibraryImport(Library)]
    public static partial void rocksdb_options_set_block_based_table_factory(nint options, nint tableOptions);

    // Block-based table options
    [LibraryImport(Library)]
    public static partial nint rocksdb_block_based_options_create();

    [LibraryImport(Library)]
    public static partial void rocksdb_block_based_options_destroy(nint options);

    [LibraryImport(Library)]
    public static partial void rocksdb_block_based_options_set_block_size(nint options, nuint blockSize);

    [LibraryImport(Library)]
    public static partial void rocksdb_block_based_options_set_format_version(nint options, int version);

    [LibraryImport(Library)]
    public static partial void rocksdb_block_based_options_set_whole_key_filtering(nint options, byte value);

    /// <summary>Takes ownership of the filter policy.</summary>
    [LibraryImport(Library)]
    public static partial void rocksdb_block_based_options_set_filter_policy(nint options, nint filterPolicy);

    [LibraryImport(Library)]
    public static partial nint rocksdb_filterpolicy_create_bloom_full(double bitsPerKey);

    // Read and write options
    [LibraryImport(Library)]
    public static partial nint rocksdb_readoptions_create();

    [LibraryImport(Library)]
    public static partial void rocksdb_readoptions_destroy(nint options);

    [LibraryImport(Library)]
    public static partial void rocksdb_readoptions_set_snapshot(nint options, nint snapshot);

    /// <summary>Keeps the pointer, not a copy: the bytes must stay valid while the options (or an iterator made with them) are used.</summary>
    [LibraryImport(Library)]
    public static partial void rocksdb_readoptions_set_iterate_upper_bound(nint options, byte* key, nuint keyLength);

    [LibraryImport(Library)]
    public static partial nint rocksdb_writeoptions_create();

    [LibraryImport(Library)]
    public static partial void rocksdb_writeoptions_destroy(nint options);

    [LibraryImport(Library)]
    public static partial void rocksdb_writeoptions_set_sync(nint options, byte value);

    // Write batch
    [LibraryImport(Library)]
    public static partial nint rocksdb_writebatch_create();

    [LibraryImport(Library)]
    public static partial void rocksdb_writebatch_destroy(nint batch);

    [LibraryImport(Library)]
    public static partial void rocksdb_writebatch_put_cf(nint batch, nint columnFamily, byte* key, nuint keyLength, byte* value, nuint valueLength);

    [LibraryImport(Library)]
    public static partial void rocksdb_writebatch_delete_cf(nint batch, nint columnFamily, byte* key, nuint keyLength);

    // Iterator
    [LibraryImport(Library)]
    public static partial void rocksdb_iter_destroy(nint iterator);

    [LibraryImport(Library)]
    public static partial byte rocksdb_iter_valid(nint iterator);

    [LibraryImport(Library)]
    public static partial void rocksdb_iter_seek_to_first(nint iterator);

    [LibraryImport(Library)]
    public static partial void rocksdb_iter_seek(nint iterator, byte* key, nuint keyLength);

    [LibraryImport(Library)]
    public static partial void rocksdb_iter_next(nint iterator);

    /// <summary>The current key, valid until the iterator moves.</summary>
    [LibraryImport(Library)]
    public static partial byte* rocksdb_iter_key(nint iterator, nuint* keyLength);

    /// <summary>The current value, valid until the iterator moves.</summary>
    [LibraryImport(Library)]
    public static partial byte* rocksdb_iter_value(nint iterator, nuint* valueLength);

    // SST file writer and ingestion
    [LibraryImport(Library)]
    public static partial nint rocksdb_envoptions_create();

    [LibraryImport(Library)]
    public static partial void rocksdb_envoptions_destroy(nint options);

    [LibraryImport(Library)]
    public static partial nint rocksdb_sstfilewriter_create(nint envOptions, nint options);

    [LibraryImport(Library)]
    public static partial void rocksdb_sstfilewriter_destroy(nint writer);

    [LibraryImport(Library)]
    public static partial void rocksdb_sstfilewriter_open(nint writer, byte* name, byte** errptr);

    [LibraryImport(Library)]
    public static partial void rocksdb_sstfilewriter_put(nint writer, byte* key, nuint keyLength, byte* value, nuint valueLength, byte** errptr);

    [LibraryImport(Library)]
    public static partial void rocksdb_sstfilewriter_finish(nint writer, byte** errptr);

    [LibraryImport(Library)]
    public static partial nint rocksdb_ingestexternalfileoptions_create();

    [LibraryImport(Library)]
    public static partial void rocksdb_ingestexternalfileoptions_destroy(nint options);

    [LibraryImport(Library)]
    public static partial void rocksdb_ingestexternalfileoptions_set_move_files(nint options, byte value);
}
