using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Bench.Infrastructure;
using static KnowledgeGraph.Bench.Infrastructure.Format;

namespace KnowledgeGraph.Bench.Parsing;

/// <summary>
/// <c>kg-bench parse</c>: whole-process parse (and serialize) timings of our parser next to the peers, median of
/// <c>--runs</c> (5) after <c>--warmup</c> (1) untimed runs, on the 1M N-Triples, the 1M Turtle and the 5M
/// N-Triples files; then serializer timings on the 1M data.
/// </summary>
/// <remarks>
/// Every run is a fresh process under /usr/bin/time: wall seconds, user+sys CPU seconds (the steadier figure on a
/// shared machine) and peak RSS. "Parse + count" rows are the like-for-like comparison: ours (<c>kg-bench count</c>)
/// against <c>riot --count</c>, <c>rapper -c</c> and the graphy / N3.js / Oxigraph count scripts. "Parse + write
/// N-Triples to /dev/null" rows compare <c>kg convert</c> with <c>serdi</c>, which always serializes what it reads.
/// </remarks>
internal static partial class ParseBenchmark
{
    private static readonly string[] DefaultFiles = ["bsbm-1m.nt", "bsbm-1m.ttl", "bsbm-5m.nt"];

    public static int Run(Options options)
    {
        BenchPaths paths = BenchPaths.Locate();
        int runs = options.Int("runs", 5), warmup = options.Int("warmup", 1);
        int runsLarge = options.Int("runs-large", runs), warmupLarge = options.Int("warmup-large", warmup);
        IReadOnlyList<string> files = options.List("files") ?? DefaultFiles;
        IReadOnlyList<string>? only = options.List("only");
        bool parse = options.String("parse") != "no", serialize = options.String("serialize") != "no";
        int serializeRuns = options.Int("serialize-runs", runs);
        bool withOxParse = options.String("ox-parse") == "yes";
        string cp = paths.JenaClasspath();
        paths.Require(paths.Kg);

        using var report = new Report(paths, "parse");
        report.Line("# Parse benchmark (issue 2)");
        report.Line();
        report.Line($"Started {Machine.Stamp()}. Whole process, median of {runs} after {warmup} warm-up (files over 1 GB: median of {runsLarge} after {warmupLarge}).");
        report.Line("wall = elapsed seconds; cpu = user+sys seconds; speed-ups are (best peer time) / (this time): above 1.00x is faster than the fastest peer.");
        report.Line();

        var peakByTool = new Dictionary<string, Dictionary<string, double>>();
        foreach (string name in parse ? files : [])
        {
            string file = paths.DataFile(name);
            paths.Require(file);
            bool turtle = name.EndsWith(".ttl", StringComparison.Ordinal);
            List<ParseTool> tools = [.. ParseTools(paths, cp, turtle, withOxParse).Where(t => only is null || only.Any(o => t.Name.Contains(o, StringComparison.OrdinalIgnoreCase)))];
            long size = new FileInfo(file).Length;
            bool large = size > 1L << 30;
            List<Row> rows = [.. tools.Select(t => Measure(t, file, large ? runsLarge : runs, large ? warmupLarge : warmup))];
            report.Line($"## {name} ({size / 1e6:F0} MB)");
            report.Line();
            PrintTable(report, rows, size);
            foreach (Row r in rows.Where(r => r.Tool.Ours))
            {
                if (!peakByTool.TryGetValue(r.Tool.Name, out Dictionary<string, double>? byFile))
                {
                    peakByTool[r.Tool.Name] = byFile = [];
                }

                byFile[name] = r.PeakMb;
            }
        }

        if (parse && files.Contains("bsbm-5m.nt"))
        {
            // Run on the 5M file alone: take our tools' 1M peaks from one run each, for the comparison.
            foreach (ParseTool tool in ParseTools(paths, cp, turtle: false, withOxParse: false).Where(t => t.Ours && peakByTool.ContainsKey(t.Name) && !peakByTool[t.Name].ContainsKey("bsbm-1m.nt")))
            {
                peakByTool[tool.Name]["bsbm-1m.nt"] = Measure(tool, paths.DataFile("bsbm-1m.nt"), 1, 0).PeakMb;
            }

            PrintStreamingCheck(report, peakByTool);
        }

        if (serialize)
        {
            Serialize(report, paths, cp, paths.DataFile("bsbm-1m.nt"), serializeRuns, warmup, only);
        }

        report.Line($"Finished {Machine.Stamp()}. Tables saved to {report.FilePath}.");
        return 0;
    }

    internal static IEnumerable<ParseTool> ParseTools(BenchPaths paths, string cp, bool turtle, bool withOxParse)
    {
        string syntax = turtle ? "turtle" : "ntriples";
        Regex json = JsonTriples();
        yield return new ParseTool("ours: kg-bench count", true, "parse + count", f => [paths.KgBench, "count", f], json, true);
        yield return new ParseTool("ours: kg convert --to ntriples", true, "parse + write N-Triples to /dev/null", f => [paths.Kg, "convert", f, "--to", "ntriples"], null, false);
        yield return new ParseTool("serdi", false, "parse + write N-Triples to /dev/null", f => ["serdi", "-i", syntax, "-o", "ntriples", f], null, false);
        yield return new ParseTool("graphy", false, "parse + count", f => ["node", paths.Peer("graphy_count.mjs"), f], json, true);
        yield return new ParseTool("rapper -c", false, "parse + count", f => ["rapper", "-c", "-i", syntax, f], RapperTriples(), false);
        yield return new ParseTool("N3.js", false, "parse + count", f => ["node", paths.Peer("n3_count.mjs"), f], json, true);
        yield return new ParseTool("Jena riot --count", false, "parse + count", f => ["java", "-cp", cp, "riotcmd.riot", "--count", f], RiotTriples(), false);
        // As in ../shared/bench/README.md, Oxigraph's figure is its Store.load (parsing inside WASM, into its in-memory
        // store: more work than counting). ox_parse.mjs (a JS object per quad across the WASM boundary) is several
        // times slower again, and runs only with --ox-parse yes.
        yield return new ParseTool("Oxigraph load", false, "parse + load into memory", f => ["node", paths.Peer("ox_load.mjs"), f], json, true);
        if (withOxParse)
        {
            yield return new ParseTool("Oxigraph parse", false, "parse + count (JS objects)", f => ["node", paths.Peer("ox_parse.mjs"), f], json, true);
        }
    }

    private static Row Measure(ParseTool tool, string file, int runs, int warmup)
    {
        Report.Progress($"{tool.Name} on {Path.GetFileName(file)} ({Machine.LoadAverage()})");
        var measurements = new List<Measurement>();
        long? count = null;
        for (int r = 0; r < warmup + runs; r++)
        {
            Measurement m = ProcessRunner.RunChecked(tool.Command(file), tool.CaptureStdout);
            count ??= tool.ReadCount(m.Stdout, m.Stderr);
            if (r >= warmup)
            {
                measurements.Add(m);
            }
        }

        var row = new Row(tool, measurements, count, Machine.Load1());
        Report.Progress($"   {tool.Name}: wall {F(row.Wall)} s, cpu {F(row.Cpu)} s, peak {F(row.PeakMb, 0)} MB, triples {count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
        return row;
    }

    private static void PrintTable(Report report, List<Row> rows, long size)
    {
        double bestWall = rows.Where(r => !r.Tool.Ours).Select(r => r.Wall).DefaultIfEmpty(double.NaN).Min();
        double bestCpu = rows.Where(r => !r.Tool.Ours).Select(r => r.Cpu).DefaultIfEmpty(double.NaN).Min();
        long? expected = rows.Where(r => !r.Tool.Ours && r.Count is not null).Select(r => r.Count).FirstOrDefault();
        var table = new TextTable("tool", "job", "wall s", "cpu s", "triples/s", "MB/s", "peak MB", "vs best peer (wall)", "vs best peer (cpu)", "triples", "load (1 min) after");
        long triples = rows.Select(r => r.Count).FirstOrDefault(c => c is not null) ?? 0;
        foreach (Row r in rows)
        {
            table.Add(r.Tool.Name, r.Tool.Job, F(r.Wall), F(r.Cpu), N(triples / r.Wall), F(size / 1e6 / r.Wall, 1), F(r.PeakMb, 0),
                X(bestWall, r.Wall), X(bestCpu, r.Cpu), r.Count is { } c ? N(c) : "(not reported)", r.Load);
        }

        report.Line(table.ToString());
        foreach (Row r in rows.Where(r => r.Count is not null && expected is not null && r.Count != expected))
        {
            report.Line($"!!! COUNT MISMATCH: {r.Tool.Name} reported {r.Count:N0} triples, the peers {expected:N0}");
        }
    }

    private static void PrintStreamingCheck(Report report, Dictionary<string, Dictionary<string, double>> peakByTool)
    {
        report.Line("## Streaming memory check (our peak RSS against file size)");
        report.Line();
        var table = new TextTable("tool", "1M N-Triples peak MB", "5M N-Triples peak MB", "5M / 1M", "verdict");
        foreach ((string tool, Dictionary<string, double> byFile) in peakByTool)
        {
            if (byFile.TryGetValue("bsbm-1m.nt", out double small) && byFile.TryGetValue("bsbm-5m.nt", out double large))
            {
                table.Add(tool, F(small, 0), F(large, 0), F(large / small), large / small < 1.25 ? "flat (streaming)" : "GROWS with the file");
            }
        }

        report.Line(table.ToString());
    }

    private static void Serialize(Report report, BenchPaths paths, string cp, string file, int runs, int warmup, IReadOnlyList<string>? only)
    {
        long size = new FileInfo(file).Length;
        report.Line($"## Serialize: 1M N-Triples → N-Triples / Turtle, whole process (parse + write to /dev/null), median of {runs} after {warmup}");
        report.Line();
        var tools = new List<ParseTool>
        {
            new("ours: kg convert --to ntriples", true, "N-Triples", f => [paths.Kg, "convert", f, "--to", "ntriples"], null, false),
            new("ours: kg convert --to turtle", true, "Turtle (pretty: grouped, sorted, prefixes)", f => [paths.Kg, "convert", f, "--to", "turtle"], null, false),
            new("serdi -o turtle", false, "Turtle (streaming, grouped by subject run)", f => ["serdi", "-i", "ntriples", "-o", "turtle", f], null, false),
            new("serdi -o ntriples", false, "N-Triples", f => ["serdi", "-i", "ntriples", "-o", "ntriples", f], null, false),
            new("rapper -o turtle", false, "Turtle (pretty)", f => ["rapper", "-q", "-i", "ntriples", "-o", "turtle", f], null, false),
            new("Jena riot --output=turtle", false, "Turtle (pretty)", f => ["java", "-cp", cp, "riotcmd.riot", "--output=turtle", f], null, false),
            new("Jena riot --output=ntriples", false, "N-Triples", f => ["java", "-cp", cp, "riotcmd.riot", "--output=ntriples", f], null, false),
        };
        List<Row> rows = [.. tools.Where(t => only is null || only.Any(o => t.Name.Contains(o, StringComparison.OrdinalIgnoreCase))).Select(t => Measure(t, file, runs, warmup))];
        PrintTableWithCount(report, rows, size, 991_957);

        report.Line($"## Serialize in process: our writers alone (quads parsed once into memory, output counted and dropped), median of {runs} after {warmup}");
        report.Line();
        Report.Progress($"kg-bench write ({Machine.LoadAverage()})");
        Measurement m = ProcessRunner.RunChecked([paths.KgBench, "write", file, "--runs", runs.ToString(System.Globalization.CultureInfo.InvariantCulture), "--warmup", warmup.ToString(System.Globalization.CultureInfo.InvariantCulture)], captureStdout: true);
        var table = new TextTable("writer", "wall s (median)", "wall s (min)", "cpu s (median)", "triples/s", "output MB", "output MB/s", "load (1 min) after");
        foreach (string line in m.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement e = doc.RootElement;
            double s = e.GetProperty("median_s").GetDouble();
            double bytes = e.GetProperty("bytes").GetDouble();
            table.Add(e.GetProperty("writer").GetString()!, F(s), F(e.GetProperty("min_s").GetDouble()), F(e.GetProperty("median_cpu_s").GetDouble()),
                N(e.GetProperty("triples").GetDouble() / s), F(bytes / 1e6, 1), F(bytes / 1e6 / s, 1), Machine.Load1());
        }

        report.Line(table.ToString());
    }

    private static void PrintTableWithCount(Report report, List<Row> rows, long size, long triples)
    {
        double bestWall = rows.Where(r => !r.Tool.Ours).Select(r => r.Wall).DefaultIfEmpty(double.NaN).Min();
        double bestCpu = rows.Where(r => !r.Tool.Ours).Select(r => r.Cpu).DefaultIfEmpty(double.NaN).Min();
        var table = new TextTable("tool", "output", "wall s", "cpu s", "triples/s", "input MB/s", "peak MB", "vs best peer (wall)", "vs best peer (cpu)", "load (1 min) after");
        foreach (Row r in rows)
        {
            table.Add(r.Tool.Name, r.Tool.Job, F(r.Wall), F(r.Cpu), N(triples / r.Wall), F(size / 1e6 / r.Wall, 1), F(r.PeakMb, 0),
                X(bestWall, r.Wall), X(bestCpu, r.Cpu), r.Load);
        }

        report.Line(table.ToString());
    }

    [GeneratedRegex("\"triples\":(\\d+)")]
    private static partial Regex JsonTriples();

    [GeneratedRegex("returned (\\d+) triples")]
    private static partial Regex RapperTriples();

    [GeneratedRegex("Triples = ([\\d,]+)")]
    private static partial Regex RiotTriples();

    private sealed record Row(ParseTool Tool, List<Measurement> Runs, long? Count, string Load)
    {
        public double Wall => Stats.Median(Runs.Select(m => m.WallSeconds));

        public double Cpu => Stats.Median(Runs.Select(m => m.CpuSeconds));

        public double PeakMb => Runs.Max(m => m.PeakRssMb);
    }
}
