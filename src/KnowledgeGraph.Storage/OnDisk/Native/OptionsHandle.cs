using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>
/// Database or column family options (<c>rocksdb_options_t*</c>: the C API has one type for both). Opening a
/// database and creating an SST file writer copy them.
/// </summary>
internal sealed class OptionsHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary><c>rocksdb_lz4_compression</c> of c.h's compression enum.</summary>
    public const int Lz4Compression = 4;

    /// <summary><c>rocksdb_warn_info_log_level</c> of c.h's info log level enum.</summary>
    public const int WarnInfoLogLevel = 2;

    /// <summary>RocksDB's default options.</summary>
    public OptionsHandle()
        : base(ownsHandle: true)
    {
        SetHandle(RocksDbNative.rocksdb_options_create());
    }

    public OptionsHandle SetCreateIfMissing(bool value)
    {
        RocksDbNative.rocksdb_options_set_create_if_missing(handle, value ? (byte)1 : (byte)0);
        return this;
    }

    public OptionsHandle SetCreateMissingColumnFamilies(bool value)
    {
        RocksDbNative.rocksdb_options_set_create_missing_column_families(handle, value ? (byte)1 : (byte)0);
        return this;
    }

    public OptionsHandle SetMaxBackgroundCompactions(int value)
    {
        RocksDbNative.rocksdb_options_set_max_background_compactions(handle, value);
        return this;
    }

    public OptionsHandle SetMaxBackgroundFlushes(int value)
    {
        RocksDbNative.rocksdb_options_set_max_background_flushes(handle, value);
        return this;
    }

    public OptionsHandle SetKeepLogFileNum(int value)
    {
        RocksDbNative.rocksdb_options_set_keep_log_file_num(handle, (nuint)value);
        return this;
    }

    /// <param name="level">One of c.h's info log levels, e.g. <see cref="WarnInfoLogLevel"/>.</param>
    public OptionsHandle SetInfoLogLevel(int level)
    {
        RocksDbNative.rocksdb_options_set_info_log_level(handle, level);
        return this;
    }

    /// <param name="compression">One of c.h's compression types, e.g. <see cref="Lz4Compression"/>.</param>
    public OptionsHandle SetCompression(int compression)
    {
        RocksDbNative.rocksdb_options_set_compression(handle, compression);
        return this;
    }

    public OptionsHandle SetWriteBufferSize(ulong bytes)
    {
        RocksDbNative.rocksdb_options_set_write_buffer_size(handle, checked((nuint)bytes));
        return this;
    }

    public OptionsHandle SetMaxWriteBufferNumber(int value)
    {
        RocksDbNative.rocksdb_options_set_max_write_buffer_number(handle, value);
        return this;
    }

    /// <summary>Uses the block-based table format with these options (copied).</summary>
    public OptionsHandle SetBlockBasedTableFactory(BlockBasedTableOptionsHandle table)
    {
        RocksDbNative.rocksdb_options_set_block_based_table_factory(handle, table.DangerousGetHandle());
        return this;
    }

    protected override bool ReleaseHandle()
    {
        RocksDbNative.rocksdb_options_destroy(handle);
        return true;
    }
}
