using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Bench.Querying;

/// <summary>
/// <c>kg-bench query-engine DATAFILE QUERYDIR [reps] [warm]</c>: our SPARQL engine in process, run exactly the way
/// peers/JenaBench.java and peers/ox_query.mjs run theirs, and printing the same JSON lines.
/// </summary>
/// <remarks>Load once into a <see cref="MemoryQuadStore"/>, then the rounds of <see cref="QueryRounds"/>.</remarks>
internal static class QueryEngineCommand
{
    public static int Run(string data, string queryDir, int reps, int warm)
    {
        var store = new MemoryQuadStore();
        var clock = Stopwatch.StartNew();
        long triples;
        using (var stream = new FileStream(data, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            RdfFormat format = RdfFormats.TryFindByExtension(data, out RdfFormat? f) ? f : RdfFormats.NTriples;
            RdfParser parser = format.CreateParser(new RdfParserOptions { BaseIri = FileIris.FromPath(Path.GetFullPath(data)) });
            new QuadStoreLoader(store) { BatchSize = 1 << 20 }.Load(parser.Parse(stream));
        }

        double loadS = clock.Elapsed.TotalSeconds;
        using (IQuadSnapshot s = store.OpenSnapshot())
        {
            triples = s.QuadCount;
        }

        GC.Collect();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"engine\":\"kg MemoryQuadStore\",\"data\":\"{data}\",\"triples\":{triples},\"load_s\":{loadS:F3},\"triples_per_s\":{triples / loadS:F0},\"managed_heap_mb\":{GC.GetTotalMemory(true) / 1048576.0:F1}}}"));

        QueryRounds.Run(store, new SparqlEvaluator(), "kg MemoryQuadStore", data, queryDir, reps, warm);
        return 0;
    }
}
