using System.Text;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>
/// An SST file writer (<c>rocksdb_sstfilewriter_t*</c>) with its file open: entries in strictly ascending key order,
/// then <see cref="Finish"/>. It holds references on the options it was made with.
/// </summary>
internal sealed unsafe class SstFileWriterHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private readonly EnvOptionsHandle _environment;
    private readonly OptionsHandle _options;

    private SstFileWriterHandle(EnvOptionsHandle environment, OptionsHandle options, string path)
        : base(ownsHandle: true)
    {
        _environment = environment;
        _options = options;
        Path = path;
    }

    /// <summary>The file written.</summary>
    public string Path { get; }

    /// <summary>Creates a writer with a column family's options and opens (creates) its file.</summary>
    public static SstFileWriterHandle Open(EnvOptionsHandle environment, OptionsHandle options, string path)
    {
        var writer = new SstFileWriterHandle(environment, options, path);
        bool environmentAdded = false, optionsAdded = false;
        try
        {
            environment.DangerousAddRef(ref environmentAdded);
            options.DangerousAddRef(ref optionsAdded);
            writer.SetHandle(RocksDbNative.rocksdb_sstfilewriter_create(environment.DangerousGetHandle(), options.DangerousGetHandle()));
        }
        catch
        {
            if (optionsAdded)
            {
                options.DangerousRelease();
            }

            if (environmentAdded)
            {
                environment.DangerousRelease();
            }

            throw;
        }

        try
        {
            byte* error = null;
            fixed (byte* name = Encoding.UTF8.GetBytes(path + '\0'))
            {
                RocksDbNative.rocksdb_sstfilewriter_open(writer.handle, name, &error);
            }

            RocksDbError.ThrowIf(error, "create an SST file", path);
            return writer;
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    /// <summary>Appends an entry; its key must sort above every key appended before.</summary>
    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value)
    {
        byte none = 0;
        byte* error = null;
        fixed (byte* k = key, v = value)
        {
            RocksDbNative.rocksdb_sstfilewriter_put(handle, k is null ? &none : k, (nuint)key.Length, v is null ? &none : v, (nuint)value.Length, &error);
        }

        RocksDbError.ThrowIf(error, "add an entry to an SST file", Path);
    }

    /// <summary>Completes the file (it must hold at least one entry).</summary>
    public void Finish()
    {
        byte* error = null;
        RocksDbNative.rocksdb_sstfilewriter_finish(handle, &error);
        RocksDbError.ThrowIf(error, "finish an SST file", Path);
    }

    protected override bool ReleaseHandle()
    {
        RocksDbNative.rocksdb_sstfilewriter_destroy(handle);
        _options.DangerousRelease();
        _environment.DangerousRelease();
        return true;
    }
}
