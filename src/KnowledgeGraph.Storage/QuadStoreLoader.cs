using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Loads a stream of quads into a store in transactions of <see cref="BatchSize"/> quads: each batch is encoded,
/// sorted and deduplicated, then written index by index in key order and committed (so a failure or a killed
/// process loses at most the batch in flight; every committed batch is durable).
/// </summary>
/// <remarks>
/// With the stores of this library a batch takes the bulk path; with any other <see cref="IQuadStore"/> the quads
/// are added one by one through <see cref="IQuadTransaction.Add"/>. On a <see cref="RocksDbQuadStore"/> a batch of
/// 10,000 quads or more skips the write-ahead log and the memtables: its index and dictionary entries are written
/// sorted into SST files that the commit ingests (atomically, see <see cref="RocksDbQuadStore"/>). Larger batches
/// load faster (fewer, larger files to compact later); each costs about 50 bytes of memory per quad plus its new terms.
/// </remarks>
public sealed class QuadStoreLoader
{
    private readonly IQuadStore _store;

    /// <summary>Creates a loader for a store.</summary>
    public QuadStoreLoader(IQuadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>Quads per transaction; 100,000 by default.</summary>
    public int BatchSize
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(BatchSize), value, "A batch holds at least one quad.");
    } = 100_000;

    /// <summary>Called after each committed batch with the number of quads read so far.</summary>
    public Action<long>? Progress { get; init; }

    /// <summary>Loads the quads; returns how many were new to the store.</summary>
    public long Load(IEnumerable<Quad> quads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quads);
        // Grown as a batch fills, so that a large BatchSize costs nothing for a small input.
        var keys = new UInt128[Math.Min(BatchSize, 1 << 16)];
        long read = 0, added = 0;
        int pending = 0;
        IQuadTransaction? transaction = null;
        try
        {
            foreach (Quad quad in quads)
            {
                transaction ??= _store.BeginTransaction(cancellationToken);
                read++;
                if (transaction is QuadWriter writer)
                {
                    if (pending == keys.Length)
                    {
                        Array.Resize(ref keys, (int)Math.Min(BatchSize, 2L * keys.Length));
                    }

                    keys[pending++] = QuadKeys.Encode(
                        IndexOrder.Spog,
                        (uint)writer.GetOrAddId(quad.Subject),
                        (uint)writer.GetOrAddId(quad.Predicate),
                        (uint)writer.GetOrAddId(quad.Object),
                        quad.Graph is null ? (uint)TermIds.DefaultGraph : (uint)writer.GetOrAddId(quad.Graph));
                }
                else
                {
                    pending++;
                    added += transaction.Add(quad) ? 1 : 0;
                }

                if (pending == BatchSize)
                {
                    added += CommitBatch(transaction, keys, pending);
                    transaction.Dispose();
                    transaction = null;
                    pending = 0;
                    Progress?.Invoke(read);
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            if (transaction is not null)
            {
                added += CommitBatch(transaction, keys, pending);
                Progress?.Invoke(read);
            }
        }
        finally
        {
            transaction?.Dispose();
        }

        return added;
    }

    private static long CommitBatch(IQuadTransaction transaction, UInt128[] keys, int count)
    {
        long added = transaction is QuadWriter writer ? writer.AddBatch(keys, count) : 0;
        transaction.Commit();
        return added;
    }
}
