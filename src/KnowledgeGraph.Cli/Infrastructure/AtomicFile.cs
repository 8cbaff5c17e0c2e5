namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Writes a file through a temporary sibling that replaces the target only when everything was written:
/// a failed run never leaves a half-written output behind.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private bool _committed;

    public AtomicFile(string target)
    {
        _target = Path.GetFullPath(target);
        string? dir = Path.GetDirectoryName(_target);
        if (dir is not null && !Directory.Exists(dir))
        {
            throw new CliException($"kg: cannot write '{target}': the folder '{dir}' does not exist");
        }

        _temporary = Path.Combine(dir ?? ".", $".{Path.GetFileName(_target)}.{Environment.ProcessId}.tmp");
        Stream = new FileStream(_temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    public Stream Stream { get; }

    /// <summary>Flushes to disk and moves the file into place.</summary>
    public void Commit()
    {
        Stream.Flush();
        Stream.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            Stream.Dispose();
            File.Delete(_temporary);
        }
    }
}
