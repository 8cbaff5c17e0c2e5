using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Memory;

namespace KnowledgeGraph.Storage;

/// <summary>
/// An in-memory, dictionary-encoded quad store. Quads are kept in six persistent B+trees (SPOG, POSG, OSPG, GSPO,
/// GPOS, GOSP), so every quad pattern is one range scan and every range count one descent.
/// </summary>
/// <remarks>
/// Snapshots are immutable roots: opening one costs an allocation, readers never block and are never blocked.
/// One transaction writes at a time (<see cref="BeginTransaction"/> waits for the previous one to end); it copies
/// the tree paths it changes and publishes its new roots atomically on commit. Term ids are 32-bit, so a store holds
/// at most about four billion distinct terms. The term dictionary only grows: a term first seen by a transaction
/// that rolled back keeps its id (and <see cref="IQuadSnapshot.TryGetId"/> finds it), but matches no quad.
/// </remarks>
public sealed class MemoryQuadStore : IQuadStore
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly MemoryTermDictionary _terms = new();
    private volatile MemoryState _current = MemoryState.Empty;
    private volatile bool _disposed;

    /// <summary>Creates an empty store with the default options.</summary>
    public MemoryQuadStore()
        : this(QuadStoreOptions.Default)
    {
    }

    /// <summary>Creates an empty store.</summary>
    public MemoryQuadStore(QuadStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options the store was created with.</summary>
    public QuadStoreOptions Options { get; }

    /// <inheritdoc/>
    public IQuadSnapshot OpenSnapshot()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new MemorySnapshot(_terms, _current, Options.UnionDefaultGraph ?? false);
    }

    /// <inheritdoc/>
    public IQuadTransaction BeginTransaction(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Wait(cancellationToken);
        if (_disposed)
        {
            _writer.Release();
            throw new ObjectDisposedException(nameof(MemoryQuadStore));
        }

        return new MemoryTransaction(this, _terms, _current);
    }

    /// <inheritdoc/>
    public void Dispose() => _disposed = true;

    internal void Publish(MemoryState state) => _current = state;

    internal void EndTransaction() => _writer.Release();
}
