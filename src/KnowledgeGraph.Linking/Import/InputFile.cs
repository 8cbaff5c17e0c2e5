using System.IO.Compression;
using SharpCompress.Compressors.BZip2;

namespace KnowledgeGraph.Linking.Import;

/// <summary>Opens an input file, decompressing <c>.gz</c> (BCL) and <c>.bz2</c> (SharpCompress) by extension.</summary>
internal static class InputFile
{
    public static Stream Open(string path)
    {
        Stream file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
                return new GZipStream(file, CompressionMode.Decompress, leaveOpen: false);
            if (path.EndsWith(".bz2", StringComparison.OrdinalIgnoreCase))
                return BZip2Stream.Create(file, SharpCompress.Compressors.CompressionMode.Decompress, decompressConcatenated: true);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The file name without the compression extension ("latest-all.json.bz2" → "latest-all.json").</summary>
    public static string InnerName(string path)
    {
        string name = Path.GetFileName(path);
        foreach (string ext in (string[])[".gz", ".bz2"])
        {
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
                return name[..^ext.Length];
        }
        return name;
    }
}
