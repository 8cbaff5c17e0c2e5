using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>
/// A direct-mapped cache of absolute IRIs found by their UTF-8 text, for readers whose IRIs are written out in full
/// (N-Triples, N-Quads): a repeated IRI is neither decoded nor validated again, and all its occurrences share one
/// instance. A collision simply replaces the slot, so memory stays fixed.
/// </summary>
/// <remarks>
/// <para>
/// A slot holds only the <see cref="Iri"/>: a hit is checked against the IRI's own characters, so no key is copied
/// and kept beside it (for the 1M BSBM dump that halved what the cache keeps alive, which every collection copies
/// until it reaches the oldest generation), and a lookup touches the slot, the IRI and its string only.
/// <see cref="TermCache{TUnit, TTerm}"/> keeps keys because Turtle's written forms (prefixed names, relative
/// references) are not the IRI's text.
/// </para>
/// <para>
/// One cache serves all worker threads of a document; a slot is replaced with a single reference store, so a reader
/// sees one IRI or another, and the text comparison decides whether it is the one asked for.
/// </para>
/// </remarks>
internal sealed class IriCache
{
    private const int StackLimit = 512;

    private readonly Iri?[] _slots;
    private readonly int _shift;

    /// <summary>A cache of 2^<paramref name="slotBits"/> slots.</summary>
    public IriCache(int slotBits)
    {
        _slots = new Iri?[1 << slotBits];
        _shift = 32 - slotBits;
    }

    /// <summary>The cached IRI whose text is <paramref name="utf8"/>, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Iri? Find(ReadOnlySpan<byte> utf8)
    {
        Iri? iri = Volatile.Read(ref _slots[SlotHash.Of(utf8) >>> _shift]);
        if (iri is null)
        {
            return null;
        }

        // UTF-8 takes as many bytes as UTF-16 takes chars exactly when the text is ASCII.
        string value = iri.Value;
        return value.Length == utf8.Length ? (Ascii.Equals(utf8, value) ? iri : null)
            : value.Length < utf8.Length && EqualsNonAscii(utf8, value) ? iri : null;
    }

    /// <summary>Caches <paramref name="iri"/>, whose text is <paramref name="utf8"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<byte> utf8, Iri iri) => Volatile.Write(ref _slots[SlotHash.Of(utf8) >>> _shift], iri);

    private static bool EqualsNonAscii(ReadOnlySpan<byte> utf8, string value)
    {
        if (Encoding.UTF8.GetByteCount(value) != utf8.Length)
        {
            return false;
        }

        byte[]? rented = utf8.Length > StackLimit ? ArrayPool<byte>.Shared.Rent(utf8.Length) : null;
        Span<byte> encoded = rented ?? stackalloc byte[StackLimit];
        try
        {
            int length = Encoding.UTF8.GetBytes(value, encoded);
            return encoded[..length].SequenceEqual(utf8);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
