using KnowledgeGraph.Storage.Indexing;
using RocksDbSharp;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// The RocksDB side of <see cref="BulkInsert"/>: lookups seek two long-lived snapshot iterators (measured: stepping
/// forward with Next before seeking costs more than it saves), writes go into the transaction's write batch.
/// </summary>
internal sealed class RocksDbBulkTarget : IBulkTarget, IDisposable
{
    private readonly RocksDbQuadStore _store;
    private readonly WriteBatch _batch;
    private readonly Iterator _spog;
    private readonly Iterator _posg;
    private readonly byte[] _key = new byte[QuadKeys.KeyBytes];

    public RocksDbBulkTarget(RocksDbQuadStore store, RocksDbReader stored, WriteBatch batch)
    {
        _store = store;
        _batch = batch;
        _spog = stored.NewIterator(IndexOrder.Spog);
        _posg = stored.NewIterator(IndexOrder.Posg);
    }

    public bool StoredContains(UInt128 spogKey) => SeekFinds(_spog, spogKey, spogKey);

    public bool StoredAny(IndexOrder order, UInt128 low, UInt128 high) =>
        SeekFinds(order == IndexOrder.Spog ? _spog : order == IndexOrder.Posg ? _posg : throw new ArgumentOutOfRangeException(nameof(order)), low, high);

    public void Put(IndexOrder order, UInt128 key)
    {
        QuadKeys.Write(key, _key);
        _batch.Put((ReadOnlySpan<byte>)_key, ReadOnlySpan<byte>.Empty, _store.Index(order));
    }

    public void Dispose()
    {
        _spog.Dispose();
        _posg.Dispose();
    }

    /// <summary>Moves to the first stored key not below <paramref name="low"/>; true when it is not above <paramref name="high"/>.</summary>
    private bool SeekFinds(Iterator iterator, UInt128 low, UInt128 high)
    {
        QuadKeys.Write(low, _key);
        iterator.Seek(_key);
        return iterator.Valid() && QuadKeys.Read(iterator.GetKeySpan()) <= high;
    }
}
