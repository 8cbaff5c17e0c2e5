using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>
/// Read options (<c>rocksdb_readoptions_t*</c>): the snapshot to read, and for iterators an upper bound. When a
/// snapshot is set the options hold a reference on it until they are destroyed.
/// </summary>
internal sealed unsafe class ReadOptionsHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private SnapshotHandle? _snapshot;

    /// <summary>Read options that read the latest state.</summary>
    public ReadOptionsHandle()
        : base(ownsHandle: true)
    {
        SetHandle(RocksDbNative.rocksdb_readoptions_create());
    }

    /// <summary>Read options that read a snapshot.</summary>
    public ReadOptionsHandle(SnapshotHandle snapshot)
        : this()
    {
        bool added = false;
        snapshot.DangerousAddRef(ref added);
        _snapshot = snapshot;
        RocksDbNative.rocksdb_readoptions_set_snapshot(handle, snapshot.DangerousGetHandle());
    }

    /// <summary>
    /// Sets <c>iterate_upper_bound</c> (exclusive). RocksDB keeps the pointer, not the bytes: they must stay valid and
    /// unmoved while these options or an iterator made with them are in use, and a change to them applies to the
    /// iterator's next seek.
    /// </summary>
    public void SetIterateUpperBound(byte* bound, int length) =>
        RocksDbNative.rocksdb_readoptions_set_iterate_upper_bound(handle, bound, (nuint)length);

    protected override bool ReleaseHandle()
    {
        RocksDbNative.rocksdb_readoptions_destroy(handle);
        _snapshot?.DangerousRelease();
        _snapshot = null;
        return true;
    }
}
