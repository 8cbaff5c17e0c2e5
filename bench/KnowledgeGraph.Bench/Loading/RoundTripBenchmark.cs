using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Bench.Infrastructure;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats;
using static KnowledgeGraph.Bench.Infrastructure.Format;

namespace KnowledgeGraph.Bench.Loading;

/// <summary>
/// <c>kg-bench roundtrip [--file bsbm-1m.nt] [--keep yes]</c>: issue 4's acceptance check "kg load then kg export
/// --to nquads gives a dataset isomorphic to the input" on a large file, through the Release build of <c>kg</c> run
/// as child processes, with the time, CPU and memory of each step.
/// </summary>
/// <remarks>
/// The input and the export are both rewritten as N-Quads lines by our writer (<see cref="CanonicalNQuads"/>), sorted
/// with duplicates removed by <c>LC_ALL=C sort -u</c> (on disk, so memory stays flat) and compared line by line: a
/// dataset is a set of quads, so without blank nodes equal sorted sets are exactly isomorphic datasets. When either
/// side has a blank node, both are read into memory and compared with <see cref="Isomorphism.AreIsomorphic(IEnumerable{Quad}, IEnumerable{Quad})"/>.
/// </remarks>
internal static partial class RoundTripBenchmark
{
    private const int Examples = 3;

    public static int Run(Options options)
    {
        BenchPaths paths = BenchPaths.Locate();
        string requested = options.String("file") ?? "bsbm-1m.nt";
        string file = Path.GetFullPath(File.Exists(requested) ? requested : paths.DataFile(requested));
        paths.Require(paths.Kg, file);
        RdfFormat format = RdfFormats.TryFindByExtension(file, out RdfFormat? f) ? f : throw new ArgumentException($"cannot tell the format of {file} from its extension");
        string work = Path.Combine(paths.Out, "roundtrip", Path.GetFileNameWithoutExtension(file));
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(work);
        string store = Path.Combine(work, "store"), export = Path.Combine(work, "export.nq");

        using var report = new Report(paths, "roundtrip");
        report.Line("# Load / export round trip (issue 4)");
        report.Line();
        report.Line($"Started {Machine.Stamp()}. Input {file} ({Megabytes(file):F0} MB); `kg load` into a fresh store, then");
        report.Line("`kg export --to nquads`, both the Release build of kg as child processes under /usr/bin/time.");
        report.Line();
        var table = new TextTable("step", "wall s", "cpu s", "peak MB", "result", "load (1 min) after");

        Report.Progress($"kg load ({Machine.LoadAverage()})");
        Measurement load = ProcessRunner.RunChecked([paths.Kg, "load", "--store", store, file], captureStdout: true);
        Match loaded = KgLoaded().Match(load.Stderr);
        long loadedQuads = loaded.Success ? long.Parse(loaded.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : -1;
        long disk = DiskBytes(store);
        table.Add("kg load --store DIR FILE", F(load.WallSeconds), F(load.CpuSeconds), F(load.PeakRssMb, 0),
            $"{N(loadedQuads)} quads, {N(loadedQuads / load.WallSeconds)} quads/s, {disk / 1e6:F0} MB on disk", Machine.Load1());

        Report.Progress($"kg export ({Machine.LoadAverage()})");
        Measurement exported = ProcessRunner.RunChecked([paths.Kg, "export", "--store", store, "--to", "nquads", "--output", export], captureStdout: true);
        table.Add("kg export --store DIR --to nquads", F(exported.WallSeconds), F(exported.CpuSeconds), F(exported.PeakRssMb, 0),
            $"{new FileInfo(export).Length / 1e6:F0} MB of N-Quads", Machine.Load1());

        Report.Progress("canonical N-Quads lines of the input and the export");
        string inputLines = Path.Combine(work, "input.lines"), exportLines = Path.Combine(work, "export.lines");
        var clock = Stopwatch.StartNew();
        (long inputQuads, bool inputBlank) = CanonicalNQuads.Write(file, format, inputLines);
        table.Add("parse + write the input (in process)", F(clock.Elapsed.TotalSeconds), "-", "-", $"{N(inputQuads)} quads" + (inputBlank ? ", blank nodes" : ""), Machine.Load1());
        clock.Restart();
        (long exportQuads, bool exportBlank) = CanonicalNQuads.Write(export, RdfFormats.NQuads, exportLines);
        table.Add("parse + write the export (in process)", F(clock.Elapsed.TotalSeconds), "-", "-", $"{N(exportQuads)} quads" + (exportBlank ? ", blank nodes" : ""), Machine.Load1());

        string verdict;
        bool same;
        if (!inputBlank && !exportBlank)
        {
            string inputSorted = inputLines + ".sorted", exportSorted = exportLines + ".sorted";
            foreach ((string from, string to, string what) in new[] { (inputLines, inputSorted, "input"), (exportLines, exportSorted, "export") })
            {
                Report.Progress($"sort -u the {what} lines");
                Measurement sort = ProcessRunner.RunChecked(
                    ["sort", "-u", "-S", "512M", "--parallel=2", "-T", work, "-o", to, from], captureStdout: false, environment: new Dictionary<string, string> { ["LC_ALL"] = "C" });
                table.Add($"LC_ALL=C sort -u ({what} lines)", F(sort.WallSeconds), F(sort.CpuSeconds), F(sort.PeakRssMb, 0), "", Machine.Load1());
            }

            clock.Restart();
            LineComparison c = LineComparison.Of(inputSorted, exportSorted, Examples);
            table.Add("compare the sorted lines (in process)", F(clock.Elapsed.TotalSeconds), "-", "-",
                $"{N(c.Left)} distinct input quads, {N(c.Right)} distinct exported", Machine.Load1());
            same = c.OnlyLeft == 0 && c.OnlyRight == 0;
            verdict = same
                ? $"ISOMORPHIC (exact: no blank nodes, the sorted sets of quads are equal): {N(c.Left)} distinct quads in the input ({N(inputQuads)} with duplicates) and in the export ({N(exportQuads)} lines)."
                : $"!!! NOT ISOMORPHIC: {N(c.OnlyLeft)} quads only in the input, {N(c.OnlyRight)} only in the export\n"
                    + string.Concat(c.ExamplesLeft.Select(l => $"  input only:  {l}\n")) + string.Concat(c.ExamplesRight.Select(l => $"  export only: {l}\n"));
        }
        else
        {
            Report.Progress("blank nodes: comparing by isomorphism in memory");
            clock.Restart();
            List<Quad> input = CanonicalNQuads.ReadAll(file, format), output = CanonicalNQuads.ReadAll(export, RdfFormats.NQuads);
            same = Isomorphism.AreIsomorphic(input, output);
            table.Add("Isomorphism.AreIsomorphic (in process)", F(clock.Elapsed.TotalSeconds), "-", F(Environment.WorkingSet / 1048576.0, 0), same ? "isomorphic" : "different", Machine.Load1());
            verdict = same
                ? $"ISOMORPHIC (blank nodes present: checked with Isomorphism.AreIsomorphic): {N(inputQuads)} input quads, {N(exportQuads)} exported."
                : $"!!! NOT ISOMORPHIC (blank nodes present, Isomorphism.AreIsomorphic): {N(inputQuads)} input quads, {N(exportQuads)} exported.";
        }

        report.Line(table.ToString());
        report.Line(verdict);
        report.Line();
        if (options.String("keep") == "yes")
        {
            report.Line($"Kept the store, the export and the line files in {work}.");
        }
        else
        {
            Directory.Delete(work, recursive: true);
        }

        report.Line($"Finished {Machine.Stamp()}. Saved to {report.FilePath}.");
        return same ? 0 : 1;
    }

    /// <summary>The size of a file, or of the file a symbolic link (bench/data may link to shared data) points to.</summary>
    private static double Megabytes(string file)
    {
        var info = new FileInfo(file);
        return (info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info).Length / 1e6;
    }

    private static long DiskBytes(string dir)
    {
        Measurement du = ProcessRunner.RunChecked(["du", "-sk", dir], captureStdout: true);
        return long.Parse(du.Stdout.Split('\t')[0], CultureInfo.InvariantCulture) * 1024;
    }

    [GeneratedRegex("Loaded ([\\d,]+) quads?")]
    private static partial Regex KgLoaded();
}
