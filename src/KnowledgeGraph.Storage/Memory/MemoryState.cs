using System.Collections.Immutable;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage.Indexing;

namespace KnowledgeGraph.Storage.Memory;

/// <summary>One immutable committed (or frozen) state of a <see cref="MemoryQuadStore"/>.</summary>
internal sealed class MemoryState
{
    public MemoryState(BTreeNode[] roots, long quadCount, ImmutableDictionary<long, PredicateStatistics> statistics, ImmutableSortedSet<long> explicitGraphs)
    {
        Roots = roots;
        QuadCount = quadCount;
        Statistics = statistics;
        ExplicitGraphs = explicitGraphs;
    }

    public static MemoryState Empty { get; } = new(
        Enumerable.Repeat(BTreeWriter.Empty, QuadKeys.OrderCount).ToArray(),
        0,
        ImmutableDictionary<long, PredicateStatistics>.Empty,
        ImmutableSortedSet<long>.Empty);

    /// <summary>The root of each index, by <see cref="IndexOrder"/>.</summary>
    public BTreeNode[] Roots { get; }

    public long QuadCount { get; }

    public ImmutableDictionary<long, PredicateStatistics> Statistics { get; }

    /// <summary>Named graphs created explicitly (they exist while empty).</summary>
    public ImmutableSortedSet<long> ExplicitGraphs { get; }
}
