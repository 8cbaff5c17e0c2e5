using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>
/// An iterator over one column family (<c>rocksdb_iterator_t*</c>). It holds references on its database and on its
/// read options (the native iterator reads their snapshot and upper bound for as long as it lives).
/// </summary>
/// <remarks>
/// <see cref="Key"/> and <see cref="Value"/> are views of RocksDB's own memory (<c>rocksdb_iter_key</c>): no copy,
/// valid only until the iterator moves or is destroyed. The hot methods do not check for disposal; the owner must
/// not use an iterator after disposing it.
/// </remarks>
internal sealed unsafe class IteratorHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private readonly DatabaseHandle _database;
    private readonly ReadOptionsHandle _options;

    private IteratorHandle(DatabaseHandle database, ReadOptionsHandle options)
        : base(ownsHandle: true)
    {
        _database = database;
        _options = options;
    }

    /// <summary>Creates an iterator, not yet positioned.</summary>
    public static IteratorHandle Create(DatabaseHandle database, ColumnFamilyHandle family, ReadOptionsHandle options)
    {
        var iterator = new IteratorHandle(database, options);
        bool databaseAdded = false, optionsAdded = false;
        try
        {
            database.DangerousAddRef(ref databaseAdded);
            options.DangerousAddRef(ref optionsAdded);
            iterator.SetHandle(RocksDbNative.rocksdb_create_iterator_cf(
                database.DangerousGetHandle(), options.DangerousGetHandle(), family.DangerousGetHandle()));
            return iterator;
        }
        catch
        {
            if (optionsAdded)
            {
                options.DangerousRelease();
            }

            if (databaseAdded)
            {
                database.DangerousRelease();
            }

            throw;
        }
    }

    /// <summary>True while the iterator stands on an entry.</summary>
    public bool Valid => RocksDbNative.rocksdb_iter_valid(handle) != 0;

    /// <summary>The current key (only while <see cref="Valid"/>), valid until the iterator moves.</summary>
    public ReadOnlySpan<byte> Key
    {
        get
        {
            nuint length;
            byte* key = RocksDbNative.rocksdb_iter_key(handle, &length);
            return new ReadOnlySpan<byte>(key, checked((int)length));
        }
    }

    /// <summary>The current value (only while <see cref="Valid"/>), valid until the iterator moves.</summary>
    public ReadOnlySpan<byte> Value
    {
        get
        {
            nuint length;
            byte* value = RocksDbNative.rocksdb_iter_value(handle, &length);
            return new ReadOnlySpan<byte>(value, checked((int)length));
        }
    }

    public void SeekToFirst() => RocksDbNative.rocksdb_iter_seek_to_first(handle);

    /// <summary>Positions the iterator on the first key at or above <paramref name="key"/>.</summary>
    public void Seek(byte* key, int length) => RocksDbNative.rocksdb_iter_seek(handle, key, (nuint)length);

    /// <inheritdoc cref="Seek(byte*, int)"/>
    public void Seek(ReadOnlySpan<byte> key)
    {
        fixed (byte* k = key)
        {
            Seek(k, key.Length);
        }
    }

    public void Next() => RocksDbNative.rocksdb_iter_next(handle);

    protected override bool ReleaseHandle()
    {
        RocksDbNative.rocksdb_iter_destroy(handle);
        _options.DangerousRelease();
        _database.DangerousRelease();
        return true;
    }
}
