using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Bench.Querying;

/// <summary>
/// <c>kg-bench store-query-engine STOREDIR QUERYDIR [reps] [warm]</c>: our SPARQL engine in process over a RocksDB
/// store that <c>kg load</c> built, opened and queried the way <c>kg query --store</c> does it (the store's recorded
/// default-graph setting, a snapshot per query; the store is only read), with the rounds of
/// <see cref="QueryRounds"/>, printing the same JSON lines as the peers' drivers.
/// </summary>
internal static class StoreQueryEngineCommand
{
    public static int Run(string storeDir, string queryDir, int reps, int warm)
    {
        if (!Directory.Exists(storeDir))
        {
            throw new ArgumentException($"there is no store at {storeDir}");
        }

        var clock = Stopwatch.StartNew();
        using RocksDbQuadStore store = RocksDbQuadStore.Open(storeDir, QuadStoreOptions.Default);
        long triples;
        using (IQuadSnapshot s = store.OpenSnapshot())
        {
            triples = s.QuadCount;
        }

        double openS = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"engine\":\"kg RocksDbQuadStore\",\"data\":\"{storeDir}\",\"triples\":{triples},\"open_s\":{openS:F3},\"union_default_graph\":{(store.UnionDefaultGraph ? "true" : "false")}}}"));

        var evaluator = new SparqlEvaluator(SparqlEvaluatorOptions.Default with { UnionDefaultGraph = store.UnionDefaultGraph });
        QueryRounds.Run(store, evaluator, "kg RocksDbQuadStore", storeDir, queryDir, reps, warm);
        return 0;
    }
}
