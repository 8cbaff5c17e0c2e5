namespace KnowledgeGraph.Storage.Indexing;

/// <summary>What <see cref="BulkInsert"/> needs of a store: reads of the state before the batch, and index writes.</summary>
internal interface IBulkTarget
{
    /// <summary>True when the quad of this SPOG key was stored before the batch.</summary>
    bool StoredContains(UInt128 spogKey);

    /// <summary>True when an index held a key in [low, high] before the batch (or before this index's writes began).</summary>
    bool StoredAny(IndexOrder order, UInt128 low, UInt128 high);

    /// <summary>Writes one key of one index; keys of an index come in ascending order.</summary>
    void Put(IndexOrder order, UInt128 key);

    /// <summary>Writes all the keys of one index in the batch, ascending and distinct.</summary>
    void PutSorted(IndexOrder order, ReadOnlySpan<UInt128> keys)
    {
        foreach (UInt128 key in keys)
        {
            Put(order, key);
        }
    }
}
