using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>
/// A snapshot of a database (<c>const rocksdb_snapshot_t*</c>), released with <c>rocksdb_release_snapshot</c>. It
/// holds a reference on its database (a snapshot must be released before the database closes); read options that
/// use it hold one on it.
/// </summary>
internal sealed class SnapshotHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private readonly DatabaseHandle _database;

    private SnapshotHandle(DatabaseHandle database)
        : base(ownsHandle: true)
    {
        _database = database;
    }

    /// <summary>Takes a snapshot of the database's current state.</summary>
    public static SnapshotHandle Create(DatabaseHandle database)
    {
        var snapshot = new SnapshotHandle(database);
        bool added = false;
        database.DangerousAddRef(ref added);
        snapshot.SetHandle(RocksDbNative.rocksdb_create_snapshot(database.DangerousGetHandle()));
        return snapshot;
    }

    protected override bool ReleaseHandle()
    {
        RocksDbNative.rocksdb_release_snapshot(_database.DangerousGetHandle(), handle);
        _database.DangerousRelease();
        return true;
    }
}
