using KnowledgeGraph.Storage.Indexing;
using KnowledgeGraph.Storage.OnDisk.Native;

namespace KnowledgeGraph.Storage.OnDisk;

/// <summary>
/// Answers "is any stored key in [low, high]?" for ranges asked in ascending order, seeking a snapshot iterator
/// only when the answer is not already known: after a seek from <c>from</c> finds the first stored key <c>next</c>,
/// no key is stored in [from, next), so every later range inside it costs nothing. A batch of new quads between
/// two stored keys thus costs one seek, not one per quad.
/// </summary>
internal sealed class IndexCursor : IDisposable
{
    private readonly IteratorHandle _iterator;
    private readonly byte[] _key = new byte[QuadKeys.KeyBytes];
    private bool _positioned;
    private bool _exhausted;
    private UInt128 _from;
    private UInt128 _next;

    public IndexCursor(IteratorHandle iterator)
    {
        _iterator = iterator;
    }

    /// <summary>The number of seeks made so far (for tests and measurements).</summary>
    public int Seeks { get; private set; }

    public bool Any(UInt128 low, UInt128 high)
    {
        if (!_positioned || low < _from || (!_exhausted && low > _next))
        {
            Seek(low);
        }

        // Now _from <= low, nothing is stored in [_from, _next), and _next (if any) is stored.
        return !_exhausted && _next <= high;
    }

    public void Dispose() => _iterator.Dispose();

    private void Seek(UInt128 from)
    {
        QuadKeys.Write(from, _key);
        _iterator.Seek(_key);
        Seeks++;
        _positioned = true;
        _from = from;
        _exhausted = !_iterator.Valid;
        _next = _exhausted ? default : QuadKeys.Read(_iterator.Key);
    }
}
