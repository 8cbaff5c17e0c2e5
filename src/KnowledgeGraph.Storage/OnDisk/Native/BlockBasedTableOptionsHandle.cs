using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>
/// Options of the block-based table format (<c>rocksdb_block_based_table_options_t*</c>); copied into a column
/// family's options by <see cref="OptionsHandle.SetBlockBasedTableFactory"/>, so they can be destroyed after.
/// </summary>
internal sealed class BlockBasedTableOptionsHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public BlockBasedTableOptionsHandle()
        : base(ownsHandle: true)
    {
        SetHandle(RocksDbNative.rocksdb_block_based_options_create());
    }

    public BlockBasedTableOptionsHandle SetBlockSize(int bytes)
    {
        RocksDbNative.rocksdb_block_based_options_set_block_size(handle, (nuint)bytes);
        return this;
    }

    public BlockBasedTableOptionsHandle SetFormatVersion(int version)
    {
        RocksDbNative.rocksdb_block_based_options_set_format_version(handle, version);
        return this;
    }

    /// <summary>
    /// A full (not block-based) Bloom filter per SST file, <c>rocksdb_filterpolicy_create_bloom_full</c>; the options
    /// take ownership of the policy.
    /// </summary>
    public BlockBasedTableOptionsHandle SetBloomFilter(double bitsPerKey)
    {
        RocksDbNative.rocksdb_block_based_options_set_filter_policy(handle, RocksDbNative.rocksdb_filterpolicy_create_bloom_full(bitsPerKey));
        return this;
    }

    public BlockBasedTableOptionsHandle SetWholeKeyFiltering(bool value)
    {
        RocksDbNative.rocksdb_block_based_options_set_whole_key_filtering(handle, value ? (byte)1 : (byte)0);
        return this;
    }

    protected override bool ReleaseHandle()
    {
        RocksDbNative.rocksdb_block_based_options_destroy(handle);
        return true;
    }
}
