using KnowledgeGraph.Storage.Indexing;
using KnowledgeGraph.Storage.OnDisk.Native;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// The RocksDB side of <see cref="BulkInsert"/>: lookups go through <see cref="IndexCursor"/>s on the transaction's
/// snapshot (one seek per gap between stored keys, not one per quad); index keys, which arrive sorted index by index,
/// are written straight into one SST file per index (no write-ahead log, no memtable), which the store ingests when
/// the transaction commits (<see cref="RocksDbQuadStore"/>, "bulk commits") — or, for a batch too small to be worth
/// eight files, into the transaction's write batch.
/// </summary>
internal sealed class RocksDbBulkTarget : IBulkTarget, IDisposable
{
    private readonly RocksDbQuadStore _store;
    private readonly IndexCursor _spog;
    private readonly IndexCursor _posg;
    private readonly string _stem;
    private readonly List<string> _files;
    private readonly WriteBatchHandle? _batch;
    private readonly byte[] _key = new byte[QuadKeys.KeyBytes];
    private BulkFile? _file;
    private IndexOrder _writing;

    /// <param name="store">The store.</param>
    /// <param name="stored">The transaction's snapshot of the store before the batch.</param>
    /// <param name="stem">The unique stem of the batch's file names.</param>
    /// <param name="files">Receives the full path of every file this target creates (also of unfinished ones).</param>
    /// <param name="batch">When given, keys go into this write batch instead of files.</param>
    public RocksDbBulkTarget(RocksDbQuadStore store, RocksDbReader stored, string stem, List<string> files, WriteBatchHandle? batch)
    {
        _store = store;
        _batch = batch;
        _stem = stem;
        _files = files;
        _spog = new IndexCursor(stored.NewIterator(IndexOrder.Spog));
        _posg = new IndexCursor(stored.NewIterator(IndexOrder.Posg));
    }

    /// <summary>The seeks made in the snapshot so far.</summary>
    public int Seeks => _spog.Seeks + _posg.Seeks;

    public bool StoredContains(UInt128 spogKey) => _spog.Any(spogKey, spogKey);

    public bool StoredAny(IndexOrder order, UInt128 low, UInt128 high) => order switch
    {
        IndexOrder.Spog => _spog.Any(low, high),
        IndexOrder.Posg => _posg.Any(low, high),
        _ => throw new ArgumentOutOfRangeException(nameof(order)),
    };

    public void Put(IndexOrder order, UInt128 key)
    {
        if (_batch is not null)
        {
            QuadKeys.Write(key, _key);
            _batch.Put(_store.Index(order), _key, []);
            return;
        }

        if (_file is null || order != _writing)
        {
            FinishFile();
            string family = StoreLayout.IndexNames[(int)order];
            _file = new BulkFile(_store.BulkDirectory, _stem, family, _store.EnvOptions, _store.OptionsOf(family), _files);
            _writing = order;
        }

        QuadKeys.Write(key, _key);
        _file.Put(_key, []);
    }

    /// <summary>Completes the last file; the files are then ready to be ingested.</summary>
    public void Finish() => FinishFile();

    public void Dispose()
    {
        _file?.Dispose();
        _file = null;
        _spog.Dispose();
        _posg.Dispose();
    }

    private void FinishFile()
    {
        if (_file is not null)
        {
            _file.Finish();
            _file.Dispose();
            _file = null;
        }
    }
}
