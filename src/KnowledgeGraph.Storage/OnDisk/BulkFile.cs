using KnowledgeGraph.Storage.OnDisk.Native;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// One SST file of a bulk batch, written for one column family with RocksDB's SST file writer: keys
/// must come in strictly ascending bytewise order. The file is named <c>stem.family.sst</c> in the store's
/// <see cref="StoreLayout.BulkDirectory"/>, so that the ingestion (or a recovery after a crash) knows its family.
/// </summary>
internal sealed class BulkFile : IDisposable
{
    private readonly SstFileWriterHandle _writer;

    /// <param name="directory">The bulk directory.</param>
    /// <param name="stem">The batch's unique stem.</param>
    /// <param name="family">The column family the file is for.</param>
    /// <param name="envOptions">RocksDB's environment options.</param>
    /// <param name="familyOptions">The family's options (table format, compression, filters).</param>
    /// <param name="created">Receives the file's path before anything is written, so that a failure can delete it.</param>
    public BulkFile(string directory, string stem, string family, EnvOptionsHandle envOptions, OptionsHandle familyOptions, List<string> created)
    {
        Path = System.IO.Path.Combine(directory, $"{stem}.{family}.sst");
        created.Add(Path);
        _writer = SstFileWriterHandle.Open(envOptions, familyOptions, Path);
    }

    public string Path { get; }

    /// <summary>Appends an entry; its key must be above every key appended before.</summary>
    public void Put(ReadOnlySpan<byte> key, ReadOnlySpan<byte> value) => _writer.Put(key, value);

    /// <summary>Completes the file (it must hold at least one entry).</summary>
    public void Finish() => _writer.Finish();

    /// <summary>Releases the writer; an unfinished file stays behind for its owner to delete.</summary>
    public void Dispose() => _writer.Dispose();

    /// <summary>The column family a bulk file is for, read from its name; null when the name is not one of ours.</summary>
    public static string? FamilyOf(string fileName)
    {
        string[] parts = fileName.Split('.');
        return parts.Length == 3 && parts[2] == "sst" && StoreLayout.BulkFamilies.Contains(parts[1]) ? parts[1] : null;
    }
}
