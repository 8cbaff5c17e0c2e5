namespace KnowledgeGraph.Rdf.Stores;

/// <summary>
/// A transactional quad store: any number of snapshots, one writer at a time.
/// Implementations live in KnowledgeGraph.Storage (in memory and RocksDB).
/// </summary>
public interface IQuadStore : IDisposable
{
    /// <summary>A consistent read-only view of the last committed state.</summary>
    IQuadSnapshot OpenSnapshot();

    /// <summary>Starts the write transaction, waiting while another is open.</summary>
    IQuadTransaction BeginTransaction(CancellationToken cancellationToken = default);
}
