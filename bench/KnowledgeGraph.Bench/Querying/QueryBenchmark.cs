using System.Globalization;
using KnowledgeGraph.Bench.Infrastructure;
using static KnowledgeGraph.Bench.Infrastructure.Format;

namespace KnowledgeGraph.Bench.Querying;

/// <summary>
/// <c>kg-bench query</c>: the BSBM explore queries (and our own path/aggregate queries) in bench/queries on the 1M
/// dataset, in process, for our engine, Jena ARQ (peers/JenaBench.java, GraphMem) and Oxigraph (peers/ox_query.mjs),
/// one after the other in the same run. Median per query after warm-up; the peers' row counts are the oracle.
/// </summary>
internal static class QueryBenchmark
{
    public static int Run(Options options)
    {
        BenchPaths paths = BenchPaths.Locate();
        string data = paths.DataFile(options.String("data") ?? "bsbm-1m.nt");
        string queries = options.String("queries") ?? paths.Queries;
        int reps = options.Int("reps", 30), warm = options.Int("warm", 10);
        IReadOnlyList<string> engines = options.List("engines") ?? ["ours", "jena", "oxigraph"];
        paths.Require(data);
        string cp = engines.Contains("jena") ? paths.JenaClasspath() : "";
        string r = reps.ToString(CultureInfo.InvariantCulture), w = warm.ToString(CultureInfo.InvariantCulture);

        using var report = new Report(paths, "query");
        report.Line("# Query benchmark (issue 3)");
        report.Line();
        report.Line($"Started {Machine.Stamp()}. Data {Path.GetFileName(data)}; queries {queries}; {warm} warm-up rounds, {reps} timed rounds per engine;");
        report.Line("each run = parse + evaluate + serialize results (SPARQL-JSON / N-Triples) into memory; loading excluded.");
        report.Line();

        var runs = new List<EngineRun>();
        foreach (string engine in engines)
        {
            IReadOnlyList<string> command = engine switch
            {
                "ours" => [paths.KgBench, "query-engine", data, queries, r, w],
                "jena" => ["java", "-cp", cp, "JenaBench", "query", data, queries, r, w, "mem"],
                "oxigraph" => ["node", paths.Peer("ox_query.mjs"), data, queries, r, w],
                "comunica" => ["node", paths.Peer("comunica_query.mjs"), data, queries, r, w],
                _ => throw new ArgumentException($"unknown engine '{engine}' (ours, jena, oxigraph, comunica)"),
            };
            string before = Machine.LoadAverage();
            Report.Progress($"{engine} ({before})");
            Measurement m = ProcessRunner.RunChecked(command, captureStdout: true);
            EngineRun run = EngineRun.Parse(Name(engine), m);
            runs.Add(run);
            report.Line($"- {run.Name}: {run.Triples:N0} triples loaded in {F(run.LoadSeconds)} s; whole process {F(m.WallSeconds, 1)} s wall, {F(m.CpuSeconds, 1)} s cpu, peak {F(m.PeakRssMb, 0)} MB; {before} before, {Machine.LoadAverage()} after");
        }

        report.Line();
        PrintTable(report, runs);
        report.Line($"Finished {Machine.Stamp()}. Saved to {report.FilePath}.");
        return 0;
    }

    private static string Name(string engine) => engine switch
    {
        "ours" => "ours (MemoryQuadStore)",
        "jena" => "Jena ARQ 4.5 (GraphMem)",
        "oxigraph" => "Oxigraph 0.5 (WASM)",
        _ => engine,
    };

    /// <summary>
    /// The per-query table (row counts, medians, the peers' time over ours, the row-count check against the peers)
    /// and the geometric-mean summary; the engine whose name starts with "ours" is ours, the first word of each
    /// name heads its columns.
    /// </summary>
    public static void PrintTable(Report report, List<EngineRun> runs)
    {
        EngineRun? ours = runs.FirstOrDefault(e => e.Name.StartsWith("ours", StringComparison.Ordinal));
        List<EngineRun> peers = [.. runs.Where(e => e != ours)];
        var headers = new List<string> { "query" };
        headers.AddRange(runs.Select(e => "rows " + Short(e)));
        headers.AddRange(runs.Select(e => "ms " + Short(e)));
        if (ours is not null)
        {
            headers.AddRange(peers.Select(p => Short(p) + "/ours"));
        }

        headers.Add("check");
        var table = new TextTable([.. headers]);
        var mismatches = new List<string>();
        IEnumerable<string> names = runs.SelectMany(e => e.Queries.Keys).Distinct().Order(StringComparer.Ordinal);
        foreach (string q in names)
        {
            var cells = new List<string> { q };
            cells.AddRange(runs.Select(e => e.Queries.TryGetValue(q, out QueryTiming? t) ? N(t.Rows) : "-"));
            cells.AddRange(runs.Select(e => e.Queries.TryGetValue(q, out QueryTiming? t) ? F(t.MedianMs, 3) : "-"));
            if (ours is not null)
            {
                cells.AddRange(peers.Select(p => p.Queries.TryGetValue(q, out QueryTiming? pt) && ours.Queries.TryGetValue(q, out QueryTiming? ot) ? X(pt.MedianMs, ot.MedianMs) : "-"));
            }

            string check = Check(q, ours, peers);
            if (check.StartsWith("MISMATCH", StringComparison.Ordinal))
            {
                mismatches.Add($"{q}: {check}");
            }

            cells.Add(check);
            table.Add([.. cells]);
        }

        report.Line(table.ToString());
        foreach (string m in mismatches)
        {
            report.Line("!!! ROW COUNT MISMATCH " + m);
        }

        if (mismatches.Count > 0)
        {
            report.Line();
        }

        // Geometric means over the queries every engine answered.
        List<string> common = [.. runs.Select(e => e.Queries.Keys).Aggregate((IEnumerable<string>)runs[0].Queries.Keys, (a, b) => a.Intersect(b))];
        var summary = new TextTable("engine", "queries", "geomean of medians ms", "geomean of minimums ms", "sum of medians ms", "ours faster by (geomean of medians)", "ours faster by (geomean of minimums)");
        double ourMed = ours is null ? double.NaN : Stats.GeometricMean(common.Select(q => ours.Queries[q].MedianMs));
        double ourMin = ours is null ? double.NaN : Stats.GeometricMean(common.Select(q => ours.Queries[q].MinMs));
        foreach (EngineRun e in runs)
        {
            double med = Stats.GeometricMean(common.Select(q => e.Queries[q].MedianMs));
            double min = Stats.GeometricMean(common.Select(q => e.Queries[q].MinMs));
            summary.Add(e.Name, common.Count.ToString(CultureInfo.InvariantCulture), F(med, 3), F(min, 3), F(common.Sum(q => e.Queries[q].MedianMs), 1),
                e == ours ? "" : X(med, ourMed), e == ours ? "" : X(min, ourMin));
        }

        report.Line(summary.ToString());
    }

    private static string Check(string query, EngineRun? ours, List<EngineRun> peers)
    {
        long?[] peerRows = [.. peers.Select(p => p.Queries.TryGetValue(query, out QueryTiming? t) ? t.Rows : (long?)null)];
        long? oursRows = ours is not null && ours.Queries.TryGetValue(query, out QueryTiming? o) ? o.Rows : null;
        var wrong = new List<string>();
        for (int i = 0; i < peers.Count; i++)
        {
            if (oursRows is not null && peerRows[i] is not null && peerRows[i] != oursRows)
            {
                wrong.Add($"ours {oursRows} vs {Short(peers[i])} {peerRows[i]}");
            }
        }

        bool peersAgree = peerRows.Where(x => x is not null).Distinct().Count() <= 1;
        return wrong.Count == 0 ? (peersAgree ? "ok" : "ok (peers disagree)") : "MISMATCH " + string.Join(", ", wrong) + (peersAgree ? "" : " (peers disagree)");
    }

    private static string Short(EngineRun e) => e.Name.Split(' ')[0];
}
