using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>
/// An open RocksDB database (<c>rocksdb_t*</c>), closed with <c>rocksdb_close</c> once it is disposed and every
/// column family handle, snapshot and iterator made from it is released (each holds a reference on it).
/// </summary>
/// <remarks>
/// Reads and writes are safe from several threads, as RocksDB's are. A failed call throws an
/// <see cref="IOException"/> naming the operation and the database's path (<see cref="RocksDbError"/>).
/// </remarks>
internal sealed unsafe class DatabaseHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private DatabaseHandle(nint handle, string path)
        : base(ownsHandle: true)
    {
        SetHandle(handle);
        Path = path;
    }

    /// <summary>The database's directory.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens a database with the column families given (<c>rocksdb_open_column_families</c>): every family the
    /// database has must be named, <c>default</c> included. The options are copied.
    /// </summary>
    /// <returns>The database, and the handles of the families in the order given.</returns>
    public static (DatabaseHandle Database, ColumnFamilyHandle[] Families) Open(
        OptionsHandle options, string path, IReadOnlyList<(string Name, OptionsHandle Options)> families)
    {
        int count = families.Count;
        var names = new nint[count];
        var familyOptions = new nint[count];
        var handles = new nint[count];
        try
        {
            for (int i = 0; i < count; i++)
            {
                names[i] = Marshal.StringToCoTaskMemUTF8(families[i].Name);
                familyOptions[i] = families[i].Options.DangerousGetHandle();
            }

            byte* error = null;
            nint database;
            fixed (byte* name = Utf8(path))
            fixed (nint* n = names, o = familyOptions, h = handles)
            {
                database = RocksDbNative.rocksdb_open_column_families(options.DangerousGetHandle(), name, count, (byte**)n, o, h, &error);
            }

            GC.KeepAlive(options);
            GC.KeepAlive(families);
            RocksDbError.ThrowIf(error, "open the database", path);
            var opened = new DatabaseHandle(database, path);
            var result = new ColumnFamilyHandle[count];
            for (int i = 0; i < count; i++)
            {
                result[i] = new ColumnFamilyHandle(opened, handles[i], families[i].Name);
            }

            return (opened, result);
        }
        finally
        {
            foreach (nint name in names)
            {
                Marshal.FreeCoTaskMem(name);
            }
        }
    }

    /// <summary>The names of a database's column families (<c>rocksdb_list_column_families</c>).</summary>
    public static string[] ListColumnFamilies(OptionsHandle options, string path)
    {
        byte* error = null;
        nuint count = 0;
        byte** list;
        fixed (byte* name = Utf8(path))
        {
            list = RocksDbNative.rocksdb_list_column_families(options.DangerousGetHandle(), name, &count, &error);
        }

        GC.KeepAlive(options);
        RocksDbError.ThrowIf(error, "list the column families", path);
        if (list is null)
        {
            return [];
        }

        try
        {
            var names = new string[checked((int)count)];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = Marshal.PtrToStringUTF8((nint)list[i]) ?? "";
            }

            return names;
        }
        finally
        {
            RocksDbNative.rocksdb_list_column_families_destroy(list, count);
        }
    }

    /// <summary>The value of a key (a copy), or null when the key is absent.</summary>
    public byte[]? Get(ReadOptionsHandle read, ColumnFamilyHandle family, ReadOnlySpan<byte> key)
    {
        byte none = 0;
        byte* error = null;
        nuint length = 0;
        byte* value;
        fixed (byte* k = key)
        {
            value = RocksDbNative.rocksdb_get_cf(
                handle, read.DangerousGetHandle(), family.DangerousGetHandle(), k is null ? &none : k, (nuint)key.Length, &length, &error);
        }

        RocksDbError.ThrowIf(error, $"read from column family '{family.Name}'", Path);
        if (value is null)
        {
            return null;
        }

        try
        {
            return new ReadOnlySpan<byte>(value, checked((int)length)).ToArray();
        }
        finally
        {
            RocksDbNative.rocksdb_free(value);
        }
    }

    public void Put(WriteOptionsHandle write, ColumnFamilyHandle family, ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        byte none = 0;
        byte* error = null;
        fixed (byte* k = key, v = value)
        {
            RocksDbNative.rocksdb_put_cf(
                handle, write.DangerousGetHandle(), family.DangerousGetHandle(),
                k is null ? &none : k, (nuint)key.Length, v is null ? &none : v, (nuint)value.Length, &error);
        }

        RocksDbError.ThrowIf(error, $"write to column family '{family.Name}'", Path);
    }

    public void Delete(WriteOptionsHandle write, ColumnFamilyHandle family, ReadOnlySpan<byte> key)
    {
        byte none = 0;
        byte* error = null;
        fixed (byte* k = key)
        {
            RocksDbNative.rocksdb_delete_cf(handle, write.DangerousGetHandle(), family.DangerousGetHandle(), k is null ? &none : k, (nuint)key.Length, &error);
        }

        RocksDbError.ThrowIf(error, $"delete from column family '{family.Name}'", Path);
    }

    /// <summary>Writes a batch atomically.</summary>
    public void Write(WriteOptionsHandle write, WriteBatchHandle batch)
    {
        byte* error = null;
        RocksDbNative.rocksdb_write(handle, write.DangerousGetHandle(), batch.DangerousGetHandle(), &error);
        RocksDbError.ThrowIf(error, "write a batch", Path);
    }

    /// <summary>An iterator over a column family, reading with these options; the caller disposes it.</summary>
    public IteratorHandle NewIterator(ColumnFamilyHandle family, ReadOptionsHandle read) => IteratorHandle.Create(this, family, read);

    /// <summary>A snapshot of the current state; the caller disposes it.</summary>
    public SnapshotHandle CreateSnapshot() => SnapshotHandle.Create(this);

    /// <summary>Ingests an SST file into a column family (<c>rocksdb_ingest_external_file_cf</c>).</summary>
    public void IngestExternalFile(ColumnFamilyHandle family, string file, IngestOptionsHandle options)
    {
        byte* error = null;
        fixed (byte* name = Utf8(file))
        {
            byte* list = name;
            RocksDbNative.rocksdb_ingest_external_file_cf(handle, family.DangerousGetHandle(), &list, 1, options.DangerousGetHandle(), &error);
        }

        RocksDbError.ThrowIf(error, $"ingest {file} into column family '{family.Name}'", Path);
    }

    /// <summary>
    /// The approximate bytes of two key ranges [start, limit) of a column family, memtables and SST files included
    /// (<c>rocksdb_approximate_sizes_cf_with_flags</c>).
    /// </summary>
    public (ulong First, ulong Second) ApproximateSizes(
        ColumnFamilyHandle family, ReadOnlySpan<byte> start1, ReadOnlySpan<byte> limit1, ReadOnlySpan<byte> start2, ReadOnlySpan<byte> limit2)
    {
        // c.h: rocksdb_size_approximation_flags_include_memtable | rocksdb_size_approximation_flags_include_files.
        const byte includeMemtablesAndFiles = 3;
        byte* error = null;
        ulong* sizes = stackalloc ulong[2];
        fixed (byte* s1 = start1, l1 = limit1, s2 = start2, l2 = limit2)
        {
            byte** starts = stackalloc byte*[2] { s1, s2 };
            byte** limits = stackalloc byte*[2] { l1, l2 };
            nuint* startLengths = stackalloc nuint[2] { (nuint)start1.Length, (nuint)start2.Length };
            nuint* limitLengths = stackalloc nuint[2] { (nuint)limit1.Length, (nuint)limit2.Length };
            RocksDbNative.rocksdb_approximate_sizes_cf_with_flags(
                handle, family.DangerousGetHandle(), 2, starts, startLengths, limits, limitLengths, includeMemtablesAndFiles, sizes, &error);
        }

        RocksDbError.ThrowIf(error, $"estimate the sizes of key ranges of column family '{family.Name}'", Path);
        return (sizes[0], sizes[1]);
    }

    protected override bool ReleaseHandle()
    {
        RocksDbNative.rocksdb_close(handle);
        return true;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text + '\0');
}
