using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Opens the persistent (RocksDB) store of a <c>--store DIR</c> option with a clear error when that fails.</summary>
internal static class StoreLocation
{
    /// <param name="directory">The store directory.</param>
    /// <param name="mustExist">Fail when there is no store yet (else one is created).</param>
    /// <param name="unionDefaultGraph">
    /// Whether the default graph is the union of all graphs in this session; null: the store's recorded setting. A new
    /// store records the value given (false when null).
    /// </param>
    public static RocksDbQuadStore Open(string directory, bool mustExist, bool? unionDefaultGraph = null)
    {
        if (mustExist && !Directory.Exists(directory))
        {
            throw new CliException($"kg: there is no store at '{directory}'; create one with 'kg load' or 'kg ingest'");
        }

        try
        {
            return RocksDbQuadStore.Open(directory, QuadStoreOptions.Default with { UnionDefaultGraph = unionDefaultGraph });
        }
        catch (InvalidDataException e)
        {
            throw new CliException($"kg: cannot open the store at '{directory}': {e.Message}", 1, e);
        }
    }
}
