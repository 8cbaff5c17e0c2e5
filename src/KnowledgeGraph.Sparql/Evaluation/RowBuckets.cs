using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// The build side of the hash operators (<see cref="HashJoin"/>, <see cref="HashLeftJoin"/>, <see cref="HashMinus"/>):
/// its rows, materialised once, in buckets by a hash of the key slots (the variables both sides always bind; with
/// none, one bucket holds every row). Rows of a bucket may still differ on the keys, so callers check compatibility.
/// </summary>
internal sealed class RowBuckets
{
    private readonly Dictionary<long, List<long[]>> _buckets = [];
    private readonly int[] _keySlots;

    private RowBuckets(int[] keySlots) => _keySlots = keySlots;

    public bool IsEmpty => _buckets.Count == 0;

    public static RowBuckets Build(IEnumerable<long[]> rows, int[] keySlots, CancellationToken cancellation)
    {
        var table = new RowBuckets(keySlots);
        foreach (long[] row in rows)
        {
            cancellation.ThrowIfCancellationRequested();
            ref List<long[]>? bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(table._buckets, Rows.Key(row, keySlots), out _);
            (bucket ??= []).Add(row);
        }

        return table;
    }

    /// <summary>The rows whose keys hash like the probe row's.</summary>
    public bool TryGetBucket(long[] probe, [NotNullWhen(true)] out List<long[]>? bucket) =>
        _buckets.TryGetValue(Rows.Key(probe, _keySlots), out bucket);
}
