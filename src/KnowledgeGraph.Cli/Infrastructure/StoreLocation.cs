using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Opens the persistent (RocksDB) store of a <c>--store DIR</c> option with a clear error when that fails.</summary>
internal static class StoreLocation
{
    public static RocksDbQuadStore Open(string directory, bool mustExist, bool unionDefaultGraph = false)
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
