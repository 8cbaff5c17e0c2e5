using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>
/// A column family of an open database (<c>rocksdb_column_family_handle_t*</c>). It holds a reference on its
/// database, so the database is closed only after every family handle is destroyed, as RocksDB requires.
/// </summary>
internal sealed class ColumnFamilyHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private readonly DatabaseHandle _database;

    /// <summary>Takes over a handle <c>rocksdb_open_column_families</c> returned.</summary>
    public ColumnFamilyHandle(DatabaseHandle database, nint handle, string name)
        : base(ownsHandle: true)
    {
        bool added = false;
        database.DangerousAddRef(ref added);
        _database = database;
        Name = name;
        SetHandle(handle);
    }

    public string Name { get; }

    protected override bool ReleaseHandle()
    {
        RocksDbNative.rocksdb_column_family_handle_destroy(handle);
        _database.DangerousRelease();
        return true;
    }
}
