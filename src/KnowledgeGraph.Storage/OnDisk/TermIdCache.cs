using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// A lock-free direct-mapped cache of committed term ids by term, shared by a store's readers (the counterpart of
/// <see cref="TermCache"/>). The dictionary only grows and a committed term keeps its id, so an entry is either right
/// or absent; a reader still checks that the id is below its snapshot's next id (the term may be newer).
/// </summary>
internal sealed class TermIdCache
{
    private const int Size = 1 << 16;

    private readonly Entry?[] _entries = new Entry?[Size];

    public bool TryGet(Term term, out long id)
    {
        Entry? entry = Volatile.Read(ref _entries[term.GetHashCode() & (Size - 1)]);
        if (entry is not null && entry.Term.Equals(term))
        {
            id = entry.Id;
            return true;
        }

        id = 0;
        return false;
    }

    public void Set(Term term, long id) => Volatile.Write(ref _entries[term.GetHashCode() & (Size - 1)], new Entry(term, id));

    private sealed record Entry(Term Term, long Id);
}
