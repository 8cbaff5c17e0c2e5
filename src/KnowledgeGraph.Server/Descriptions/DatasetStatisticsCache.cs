using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Server.Descriptions;

/// <summary>
/// Keeps the last <see cref="DatasetStatistics"/> until a write through this server invalidates it (the store is
/// opened by this process only, so no other writer can make it stale).
/// </summary>
internal sealed class DatasetStatisticsCache
{
    private readonly Lock _gate = new();
    private DatasetStatistics? _current;
    private long _version;

    public DatasetStatistics Get(IQuadStore store, CancellationToken cancellationToken)
    {
        DatasetStatistics? cached = Volatile.Read(ref _current);
        if (cached is not null)
        {
            return cached;
        }

        lock (_gate)
        {
            if (_current is not null)
            {
                return _current;
            }

            // A write committed while counting bumps the version: the counts are served once but not kept.
            long version = Interlocked.Read(ref _version);
            using IQuadSnapshot snapshot = store.OpenSnapshot();
            DatasetStatistics computed = DatasetStatistics.Compute(snapshot, cancellationToken);
            if (Interlocked.Read(ref _version) == version)
            {
                _current = computed;
            }

            return computed;
        }
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        Volatile.Write(ref _current, null);
    }
}
