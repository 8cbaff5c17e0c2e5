using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Bench.Infrastructure;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Bench.Parsing;

/// <summary>
/// <c>kg-bench write FILE [--runs 5] [--warmup 1]</c>: serializer-only timings. Parses the file once into memory,
/// then writes all its quads with each of our writers (N-Triples, pretty Turtle, streaming Turtle) into a stream
/// that only counts bytes; one JSON line per writer with the median wall and CPU seconds.
/// </summary>
internal static class WriteCommand
{
    public static int Run(string file, int runs, int warmup)
    {
        if (!RdfFormats.TryFindByExtension(file, out RdfFormat? format))
        {
            throw new ArgumentException($"cannot tell the format of {file} from its extension");
        }

        List<Quad> quads;
        PrefixMap prefixes;
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            RdfParser parser = format.CreateParser(new RdfParserOptions { BaseIri = FileIris.FromPath(Path.GetFullPath(file)) });
            quads = [.. parser.Parse(stream)];
            prefixes = parser.Prefixes;
        }

        var writers = new (string Name, RdfFormat Format, RdfWriterOptions Options)[]
        {
            ("N-Triples", RdfFormats.NTriples, RdfWriterOptions.Default),
            ("Turtle (pretty)", RdfFormats.Turtle, RdfWriterOptions.Default with { Prefixes = prefixes }),
            ("Turtle (streaming)", RdfFormats.Turtle, RdfWriterOptions.Default with { Prefixes = prefixes, Streaming = true }),
        };
        using var self = Process.GetCurrentProcess();
        foreach ((string name, RdfFormat target, RdfWriterOptions options) in writers)
        {
            var wall = new List<double>();
            var cpu = new List<double>();
            long bytes = 0;
            for (int r = 0; r < warmup + runs; r++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                self.Refresh();
                TimeSpan cpu0 = self.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var sink = new CountingStream();
                using (RdfWriter writer = target.CreateWriter(sink, options))
                {
                    writer.WriteAll(quads);
                }

                double s = clock.Elapsed.TotalSeconds;
                self.Refresh();
                if (r >= warmup)
                {
                    wall.Add(s);
                    cpu.Add((self.TotalProcessorTime - cpu0).TotalSeconds);
                }

                bytes = sink.Count;
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{{\"writer\":\"{name}\",\"triples\":{quads.Count},\"bytes\":{bytes},\"median_s\":{Stats.Median(wall):F3},\"min_s\":{wall.Min():F3},\"median_cpu_s\":{Stats.Median(cpu):F3},\"runs\":{runs}}}"));
        }

        return 0;
    }
}
