using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>Write options (<c>rocksdb_writeoptions_t*</c>): whether a write is synced to disk before it returns.</summary>
internal sealed class WriteOptionsHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public WriteOptionsHandle(bool sync)
        : base(ownsHandle: true)
    {
        SetHandle(RocksDbNative.rocksdb_writeoptions_create());
        RocksDbNative.rocksdb_writeoptions_set_sync(handle, sync ? (byte)1 : (byte)0);
    }

    protected override bool ReleaseHandle()
    {
        RocksDbNative.rocksdb_writeoptions_destroy(handle);
        return true;
    }
}
