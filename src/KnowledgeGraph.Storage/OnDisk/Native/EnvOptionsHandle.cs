using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>RocksDB's environment options (<c>rocksdb_envoptions_t*</c>), defaults only: what an SST file writer needs.</summary>
internal sealed class EnvOptionsHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public EnvOptionsHandle()
        : base(ownsHandle: true)
    {
        SetHandle(RocksDbNative.rocksdb_envoptions_create());
    }

    protected override bool ReleaseHandle()
    {
        RocksDbNative.rocksdb_envoptions_destroy(handle);
        return true;
    }
}
