namespace KnowledgeGraph.Rdf.Formats.Reading;

/// <summary>
/// A direct-mapped cache from the UTF-8 bytes of an IRI to the validated <see cref="Iri"/>: repeated IRIs
/// (predicates, types, subjects on consecutive lines) are neither decoded nor validated again.
/// A collision simply replaces the slot, so memory stays fixed.
/// </summary>
internal sealed class IriCache
{
    private const int Slots = 1 << 14;

    private readonly byte[]?[] _keys = new byte[Slots][];
    private readonly Iri?[] _values = new Iri[Slots];

    public Iri? Find(ReadOnlySpan<byte> bytes)
    {
        int slot = Slot(bytes);
        byte[]? key = _keys[slot];
        return key is not null && bytes.SequenceEqual(key) ? _values[slot] : null;
    }

    public void Add(ReadOnlySpan<byte> bytes, Iri iri)
    {
        int slot = Slot(bytes);
        _keys[slot] = bytes.ToArray();
        _values[slot] = iri;
    }

    private static int Slot(ReadOnlySpan<byte> bytes)
    {
        // Hash the tail, where IRIs that share a namespace differ, and the length.
        ReadOnlySpan<byte> tail = bytes.Length > 32 ? bytes[^32..] : bytes;
        var hash = default(HashCode);
        hash.AddBytes(tail);
        hash.Add(bytes.Length);
        return hash.ToHashCode() & (Slots - 1);
    }
}
