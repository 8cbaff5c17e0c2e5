using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Storage.OnDisk.Native;

/// <summary>
/// Turns the error string of a failed C API call (c.h: "Errors are represented by a null-terminated c string",
/// <c>malloc</c>ed into <c>*errptr</c>) into an <see cref="IOException"/> naming the operation and the path, and
/// frees the string.
/// </summary>
internal static unsafe class RocksDbError
{
    /// <summary>Throws when <paramref name="error"/> is set; frees it either way.</summary>
    /// <param name="error">What the call left in its <c>errptr</c> (null on success).</param>
    /// <param name="operation">What was being done, as a verb phrase: "open the store", "write a batch".</param>
    /// <param name="path">The database directory or file the operation was about.</param>
    public static void ThrowIf(byte* error, string operation, string path)
    {
        if (error is not null)
        {
            Throw(error, operation, path);
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(byte* error, string operation, string path)
    {
        string message = Marshal.PtrToStringUTF8((nint)error) ?? "unknown error";
        RocksDbNative.rocksdb_free(error);
        throw new IOException($"RocksDB could not {operation} at {path}: {message}");
    }
}
