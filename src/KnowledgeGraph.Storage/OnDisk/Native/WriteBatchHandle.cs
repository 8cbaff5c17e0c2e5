using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>A write batch (<c>rocksdb_writebatch_t*</c>): puts and deletes written atomically by <see cref="DatabaseHandle.Write"/>.</summary>
internal sealed unsafe class WriteBatchHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public WriteBatchHandle()
        : base(ownsHandle: true)
    {
        SetHandle(RocksDbNative.rocksdb_writebatch_create());
    }

    /// <summary>Adds a put; the batch copies the bytes.</summary>
    public void Put(ColumnFamilyHandle family, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        // c.h: pointer arguments must be non-null, which `fixed` of an empty span is not.
        byte none = 0;
        fixed (byte* k = key, v = value)
        {
            RocksDbNative.rocksdb_writebatch_put_cf(
                handle, family.DangerousGetHandle(), k is null ? &none : k, (nuint)key.Length, v is null ? &none : v, (nuint)value.Length);
        }
    }

    /// <summary>Adds a delete.</summary>
    public void Delete(ColumnFamilyHandle family, ReadOnlySpan<byte> key)
    {
        byte none = 0;
        fixed (byte* k = key)
        {
            RocksDbNative.rocksdb_writebatch_delete_cf(handle, family.DangerousGetHandle(), k is null ? &none : k, (nuint)key.Length);
        }
    }

    protected override bool ReleaseHandle()
    {
        RocksDbNative.rocksdb_writebatch_destroy(handle);
        return true;
    }
}
