using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// A lock-free direct-mapped cache of decoded committed terms by id, shared by a store's readers. A committed id
/// never changes its term, so an entry is either right or absent.
/// </summary>
internal sealed class TermCache
{
    private const int Size = 1 << 18;

    private readonly Entry?[] _entries = new Entry?[Size];

    public bool TryGet(long id, out Term term)
    {
        Entry? entry = Volatile.Read(ref _entries[id & (Size - 1)]);
        if (entry is not null && entry.Id == id)
        {
            term = entry.Term;
            return true;
        }

        term = null!;
        return false;
    }

    public void Set(long id, Term term) => Volatile.Write(ref _entries[id & (Size - 1)], new Entry(id, term));

    private sealed record Entry(long Id, Term Term);
}
