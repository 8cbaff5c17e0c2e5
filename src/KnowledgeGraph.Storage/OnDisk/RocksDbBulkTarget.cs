using KnowledgeGraph.Storage.Indexing;
using RocksDbSharp;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// The RocksDB side of <see cref="BulkInsert"/>: lookups move two long-lived snapshot iterators forward (the batch
/// is sorted, so a lookup usually lands a few keys ahead: stepping is much cheaper than seeking), writes go into the
/// transaction's write batch.
/// </summary>
internal sealed class RocksDbBulkTarget : IBulkTarget, IDisposable
{
    private readonly RocksDbQuadStore _store;
    private readonly WriteBatch _batch;
    private const int StepsBeforeSeek = 16;

    private readonly Cursor _spog;
    private readonly Cursor _posg;
    private readonly byte[] _key = new byte[QuadKeys.KeyBytes];

    public RocksDbBulkTarget(RocksDbQuadStore store, RocksDbReader stored, WriteBatch batch)
    {
        _store = store;
        _batch = batch;
        _spog = new Cursor(stored.NewIterator(IndexOrder.Spog));
        _posg = new Cursor(stored.NewIterator(IndexOrder.Posg));
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
        _spog.Iterator.Dispose();
        _posg.Iterator.Dispose();
    }

    /// <summary>Moves to the first stored key not below <paramref name="low"/>; true when it is not above <paramref name="high"/>.</summary>
    private bool SeekFinds(Cursor cursor, UInt128 low, UInt128 high)
    {
        if (!cursor.Positioned || low < cursor.Target)
        {
            Seek(cursor, low);
        }
        else
        {
            int steps = 0;
            while (cursor.Valid && cursor.Current < low && steps++ < StepsBeforeSeek)
            {
                cursor.Iterator.Next();
                cursor.Read();
            }

            if (cursor.Valid && cursor.Current < low)
            {
                Seek(cursor, low);
            }
        }

        cursor.Target = low;
        return cursor.Valid && cursor.Current <= high;
    }

    private void Seek(Cursor cursor, UInt128 low)
    {
        QuadKeys.Write(low, _key);
        cursor.Iterator.Seek(_key);
        cursor.Positioned = true;
        cursor.Read();
    }

    /// <summary>An iterator with its current key decoded.</summary>
    private sealed class Cursor(Iterator iterator)
    {
        public Iterator Iterator { get; } = iterator;

        public bool Positioned { get; set; }

        public bool Valid { get; private set; }

        public UInt128 Current { get; private set; }

        /// <summary>The last key looked up; lookups below it seek again.</summary>
        public UInt128 Target { get; set; }

        public void Read()
        {
            Valid = Iterator.Valid();
            Current = Valid ? QuadKeys.Read(Iterator.GetKeySpan()) : default;
        }
    }
}
