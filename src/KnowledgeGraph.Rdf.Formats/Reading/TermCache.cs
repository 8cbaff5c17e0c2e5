using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>
/// A direct-mapped cache from a term as written (the Turtle reader's IRIREF bodies before resolution and its prefixed
/// names) to the validated term: repeated IRIs (predicates, types, subjects of the statements before) are neither
/// resolved nor validated again, and share one instance (terms are immutable). A collision simply replaces the slot, so
/// memory stays fixed. Written forms that are the IRI's own text use the key-free <see cref="IriCache"/> instead.
/// </summary>
/// <remarks>
/// <para>
/// One cache serves all worker threads of a document: a slot holds one immutable entry (the key and the term),
/// replaced with a single reference store, so a reader sees either the old entry or the new one, never a mix. Sharing
/// means a term read by one worker is a hit for the others, and the cached terms are kept once: with a cache per
/// worker, a 1M-triple parse promoted three caches' worth of terms (27 MB) in its first gen-1 collection.
/// </para>
/// <para>
/// Literals are not cached. Measured on the 1M BSBM dump (455k short literals, 80k distinct, far apart): a cache of
/// short literals, even one admitting a form only on its second sighting, cost more in keys and entries than its hits
/// saved (228 MB allocated against 211 MB without it, and more CPU time).
/// </para>
/// </remarks>
internal sealed class TermCache<TUnit, TTerm>
    where TUnit : unmanaged, IEquatable<TUnit>
    where TTerm : Term
{
    private readonly int _slotBits;

    // Allocated on the first Add: a Turtle document's directives each start a new set of caches, and most sets of a
    // run of directives are never used.
    private Table? _table;

    /// <summary>A cache of 2^<paramref name="slotBits"/> slots.</summary>
    public TermCache(int slotBits)
    {
        _slotBits = slotBits;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TTerm? Find(ReadOnlySpan<TUnit> written)
    {
        Table? table = Volatile.Read(ref _table);
        if (table is null)
        {
            return null;
        }

        Entry? entry = Volatile.Read(ref table.Entries[SlotHash.Of(MemoryMarshal.AsBytes(written)) >>> (32 - _slotBits)]);
        return entry is not null && written.SequenceEqual(entry.Key.Span) ? entry.Term : null;
    }

    /// <summary>Caches <paramref name="term"/> under <paramref name="written"/>, which must not change afterwards.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlyMemory<TUnit> written, TTerm term)
    {
        Table table = EnsureTable();
        Volatile.Write(ref table.Entries[SlotHash.Of(MemoryMarshal.AsBytes(written.Span)) >>> (32 - _slotBits)], new Entry(written, term));
    }

    /// <summary>The slot table, allocated by whichever thread needs it first.</summary>
    private Table EnsureTable() =>
        Volatile.Read(ref _table)
            ?? Interlocked.CompareExchange(ref _table, new Table(1 << _slotBits), null)
            ?? _table!;

    private sealed class Entry(ReadOnlyMemory<TUnit> key, TTerm term)
    {
        public ReadOnlyMemory<TUnit> Key { get; } = key;

        public TTerm Term { get; } = term;
    }

    private sealed class Table(int slots)
    {
        public Entry?[] Entries { get; } = new Entry?[slots];
    }
}
