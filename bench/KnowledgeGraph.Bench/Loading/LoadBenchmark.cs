using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Bench.Infrastructure;
using KnowledgeGraph.Bench.Querying;
using static KnowledgeGraph.Bench.Infrastructure.Format;

namespace KnowledgeGraph.Bench.Loading;

/// <summary>
/// <c>kg-bench load</c>: bulk load of the 1M and 5M N-Triples files into a fresh store: <c>kg load</c> (RocksDB),
/// Jena's <c>tdb2.tdbloader</c> (TDB2 on disk) and Oxigraph's in-memory <c>Store.load</c> (peers/ox_load.mjs), one
/// after the other in the same run. Throughput, CPU, peak RSS and (for the on-disk stores) bytes on disk per triple.
/// Then query latency on the stores just loaded (<c>--query no</c> skips it): the queries of bench/queries over our
/// RocksDB store in process (<c>kg-bench store-query-engine</c>, as <c>kg query --store</c> runs them), over the TDB2
/// database (peers/JenaTdb2Bench.java, a read transaction per run) and over Oxigraph's in-memory store
/// (peers/ox_query.mjs, which loads the file itself), with the protocol of <c>kg-bench query</c>.
/// </summary>
internal static partial class LoadBenchmark
{
    public static int Run(Options options)
    {
        BenchPaths paths = BenchPaths.Locate();
        IReadOnlyList<string> files = options.List("files") ?? ["bsbm-1m.nt", "bsbm-5m.nt"];
        IReadOnlyList<string> loaders = options.List("loaders") ?? ["kg", "tdb2", "oxigraph"];
        int runs = options.Int("runs", 1);
        bool query = options.String("query") != "no";
        IReadOnlyList<string> queryOn = options.List("query-on") ?? files;
        string queries = options.String("queries") ?? paths.Queries;
        string reps = options.Int("query-reps", 30).ToString(CultureInfo.InvariantCulture);
        string warm = options.Int("query-warm", 10).ToString(CultureInfo.InvariantCulture);
        paths.Require(paths.Kg);
        string cp = loaders.Contains("tdb2") ? paths.JenaClasspath() : "";
        if (query && loaders.Contains("tdb2"))
        {
            paths.Require(Path.Combine(paths.Out, "jena", "JenaTdb2Bench.class"));
        }

        string work = Path.Combine(paths.Out, "load");
        var queryReports = new List<(string File, List<string> Lines, List<EngineRun> Runs)>();

        using var report = new Report(paths, "load");
        report.Line("# Load benchmark (issue 4)");
        report.Line();
        report.Line($"Started {Machine.Stamp()}. Each load into a fresh, empty store; whole process under /usr/bin/time; median of {runs}.");
        report.Line("quads/s = triples / wall seconds; cpu = user+sys seconds. Oxigraph's JS build keeps its store in memory (no disk figures).");
        report.Line();
        var table = new TextTable("loader", "file", "triples", "wall s", "cpu s", "triples/s (wall)", "triples/s (cpu)", "peak MB", "disk MB", "bytes/triple", "vs tdb2 (wall)", "vs tdb2 (cpu)", "load (1 min) after");
        foreach (string name in files)
        {
            string file = paths.DataFile(name);
            paths.Require(file);
            var rows = new List<(string Loader, long Triples, double Wall, double Cpu, double Peak, long Disk, string Load)>();
            var queryLines = new List<string>();
            var queryRuns = new List<EngineRun>();
            foreach (string loader in loaders)
            {
                string dir = Path.Combine(work, loader + "-" + Path.GetFileNameWithoutExtension(name));
                var measured = new List<(Measurement M, long Disk)>();
                long triples = 0;
                for (int r = 0; r < runs; r++)
                {
                    if (Directory.Exists(dir))
                    {
                        Directory.Delete(dir, recursive: true);
                    }

                    Report.Progress($"{loader} on {name} ({Machine.LoadAverage()})");
                    Measurement m = loader switch
                    {
                        "kg" => ProcessRunner.RunChecked([paths.Kg, "load", "--store", dir, file], captureStdout: true),
                        "tdb2" => ProcessRunner.RunChecked(["java", "-cp", cp, "tdb2.tdbloader", "--loc", dir, file], captureStdout: true),
                        "oxigraph" => ProcessRunner.RunChecked(["node", paths.Peer("ox_load.mjs"), file], captureStdout: true),
                        _ => throw new ArgumentException($"unknown loader '{loader}' (kg, tdb2, oxigraph)"),
                    };
                    measured.Add((m, Directory.Exists(dir) ? DiskBytes(dir) : 0));
                    triples = (loader == "tdb2" ? CountTdb2(cp, dir) : ReadCount(loader, m)) ?? triples;
                }

                rows.Add((Describe(loader), triples, Stats.Median(measured.Select(x => x.M.WallSeconds)), Stats.Median(measured.Select(x => x.M.CpuSeconds)),
                    measured.Max(x => x.M.PeakRssMb), measured[^1].Disk, Machine.Load1()));
                if (query && queryOn.Contains(name))
                {
                    IReadOnlyList<string> command = loader switch
                    {
                        "kg" => [paths.KgBench, "store-query-engine", dir, queries, reps, warm],
                        "tdb2" => ["java", "-cp", cp, "JenaTdb2Bench", dir, queries, reps, warm],
                        _ => ["node", paths.Peer("ox_query.mjs"), file, queries, reps, warm],
                    };
                    string before = Machine.LoadAverage();
                    Report.Progress($"queries on the {loader} store of {name} ({before})");
                    EngineRun run = EngineRun.Parse(QueryEngineName(loader), ProcessRunner.RunChecked(command, captureStdout: true));
                    queryRuns.Add(run);
                    Measurement p = run.Process;
                    string source = double.IsNaN(run.OpenSeconds) ? $"loaded from the file in {F(run.LoadSeconds)} s" : $"opened in {F(run.OpenSeconds)} s";
                    queryLines.Add($"- {run.Name}: {run.Triples:N0} triples, {source}; whole process {F(p.WallSeconds, 1)} s wall, {F(p.CpuSeconds, 1)} s cpu, peak {F(p.PeakRssMb, 0)} MB; {before} before, {Machine.LoadAverage()} after");
                }
                if (Directory.Exists(dir) && options.String("keep") != "yes")
                {
                    Directory.Delete(dir, recursive: true);
                }
            }

            (string _, long _, double tdbWall, double tdbCpu, double _, long _, string _) = rows.FirstOrDefault(r => r.Loader.StartsWith("Jena", StringComparison.Ordinal), (string.Empty, 0, double.NaN, double.NaN, 0, 0, string.Empty));
            long expected = new FileInfo(file).Length > 0 ? rows.Select(r => r.Triples).Where(t => t > 0).DefaultIfEmpty(0).Max() : 0;
            foreach ((string loader, long triples, double wall, double cpu, double peak, long disk, string load) in rows)
            {
                table.Add(loader, name, N(triples), F(wall), F(cpu), N(triples / wall), N(triples / cpu), F(peak, 0),
                    disk > 0 ? F(disk / 1e6, 0) : "(memory)", disk > 0 && triples > 0 ? F((double)disk / triples, 1) : "-",
                    X(tdbWall, wall), X(tdbCpu, cpu), load);
                if (triples != expected)
                {
                    report.Line($"!!! COUNT MISMATCH: {loader} on {name} reports {triples:N0} triples, another loader {expected:N0}");
                }
            }

            if (queryRuns.Count > 0)
            {
                queryReports.Add((name, queryLines, queryRuns));
            }
        }

        report.Line(table.ToString());
        foreach ((string name, List<string> lines, List<EngineRun> queryRuns) in queryReports)
        {
            report.Line($"## Query latency on the stores loaded from {name}");
            report.Line();
            report.Line($"Queries {queries}; {warm} warm-up rounds, {reps} timed rounds per engine; each run = parse + evaluate + serialize");
            report.Line("results (SPARQL-JSON / N-Triples) into memory; ours and TDB2 read the stores on disk just loaded, Oxigraph loads the file into memory.");
            report.Line();
            foreach (string line in lines)
            {
                report.Line(line);
            }

            report.Line();
            QueryBenchmark.PrintTable(report, queryRuns);
        }

        report.Line($"Finished {Machine.Stamp()}. Saved to {report.FilePath}.");
        return 0;
    }

    private static string Describe(string loader) => loader switch
    {
        "kg" => "ours: kg load (RocksDB)",
        "tdb2" => "Jena tdb2.tdbloader (TDB2)",
        "oxigraph" => "Oxigraph Store.load (WASM, memory)",
        _ => loader,
    };

    private static string QueryEngineName(string loader) => loader switch
    {
        "kg" => "ours (RocksDB store, kg query --store)",
        "tdb2" => "Jena TDB2 4.5 (tdb2.tdbloader store)",
        _ => "Oxigraph 0.5 (WASM, memory)",
    };

    private static long? ReadCount(string loader, Measurement m)
    {
        Match match = loader switch
        {
            "kg" => KgLoaded().Match(m.Stderr),
            _ => JsonTriples().Match(m.Stdout),
        };
        return match.Success ? long.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Blocks actually allocated (du -sk): TDB2 pre-sizes its files sparsely, so their lengths overstate.</summary>
    private static long DiskBytes(string dir)
    {
        Measurement du = ProcessRunner.RunChecked(["du", "-sk", dir], captureStdout: true);
        return long.Parse(du.Stdout.Split('\t')[0], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>tdb2.tdbloader prints nothing (Debian's Jena logs through slf4j-nop), so its store is counted with a query afterwards.</summary>
    private static long? CountTdb2(string cp, string dir)
    {
        Measurement m = ProcessRunner.RunChecked(["java", "-cp", cp, "tdb2.tdbquery", "--loc", dir, "--results=csv", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"], captureStdout: true);
        string[] lines = m.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length >= 2 && long.TryParse(lines[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) ? n : null;
    }

    [GeneratedRegex("Loaded ([\\d,]+) quads?")]
    private static partial Regex KgLoaded();

    [GeneratedRegex("\"triples\":(\\d+)")]
    private static partial Regex JsonTriples();
}
