using System.Collections.Concurrent;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;

namespace KnowledgeGraph.Storage.Memory;

/// <summary>
/// The term dictionary of a <see cref="MemoryQuadStore"/>: append-only, written by the one writer, read by anyone
/// without locks. Ids handed out in a transaction that rolls back stay allocated (they match no quad).
/// </summary>
internal sealed class MemoryTermDictionary
{
    private const int ChunkBits = 14;
    private const int ChunkMask = (1 << ChunkBits) - 1;

    private readonly ConcurrentDictionary<Term, long> _ids = new();
    private Term[]?[] _chunks = new Term[]?[16];
    private long _next = TermIds.DefaultGraph + 1;
    private long _published = TermIds.DefaultGraph + 1;

    /// <summary>The number of terms held.</summary>
    public long Count => Volatile.Read(ref _published) - (TermIds.DefaultGraph + 1);

    /// <summary>The id the next new term gets.</summary>
    public long NextId => Volatile.Read(ref _published);

    public bool TryGetId(Term term, out long id) => _ids.TryGetValue(term, out id);

    /// <summary>The id of a term, assigning the next one when the term is new. Only the writer calls this.</summary>
    public long GetOrAdd(Term term)
    {
        if (_ids.TryGetValue(term, out long id))
        {
            return id;
        }

        id = _next;
        if (id > QuadKeys.MaxTermId)
        {
            throw new InvalidOperationException($"The store holds {QuadKeys.MaxTermId - 1} terms, the most it can.");
        }

        int chunk = (int)(id >> ChunkBits);
        Term[]?[] chunks = _chunks;
        if (chunk >= chunks.Length)
        {
            Array.Resize(ref chunks, chunks.Length * 2);
            Volatile.Write(ref _chunks, chunks);
        }

        Term[] slots = chunks[chunk] ??= new Term[1 << ChunkBits];
        slots[id & ChunkMask] = term;
        _next = id + 1;
        Volatile.Write(ref _published, id + 1);

        // Published last: whoever finds the id can read the term.
        _ids[term] = id;
        return id;
    }

    public Term GetTerm(long id)
    {
        if (id <= TermIds.DefaultGraph || id >= Volatile.Read(ref _published))
        {
            throw new KeyNotFoundException($"No term has id {id} in this store.");
        }

        return Volatile.Read(ref _chunks)[id >> ChunkBits]![id & ChunkMask];
    }
}
