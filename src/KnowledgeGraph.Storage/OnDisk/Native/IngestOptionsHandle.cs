using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>Options of <see cref="DatabaseHandle.IngestExternalFile"/> (<c>rocksdb_ingestexternalfileoptions_t*</c>).</summary>
internal sealed class IngestOptionsHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public IngestOptionsHandle()
        : base(ownsHandle: true)
    {
        SetHandle(RocksDbNative.rocksdb_ingestexternalfileoptions_create());
    }

    /// <summary>Whether a file is moved (hard-linked) into the database rather than copied.</summary>
    public IngestOptionsHandle SetMoveFiles(bool value)
    {
        RocksDbNative.rocksdb_ingestexternalfileoptions_set_move_files(handle, value ? (byte)1 : (byte)0);
        return this;
    }

    protected override bool ReleaseHandle()
    {
        RocksDbNative.rocksdb_ingestexternalfileoptions_destroy(handle);
        return true;
    }
}
