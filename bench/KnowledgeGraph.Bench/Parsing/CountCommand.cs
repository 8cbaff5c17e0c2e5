using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Bench.Parsing;

/// <summary>
/// <c>kg-bench count FILE</c>: parses a file with our parser and counts the quads, nothing else; the same job as
/// <c>riot --count</c>, <c>rapper -c</c> and the graphy / N3.js / Oxigraph count scripts.
/// </summary>
internal static class CountCommand
{
    public static int Run(string file)
    {
        if (!RdfFormats.TryFindByExtension(file, out RdfFormat? format))
        {
            throw new ArgumentException($"cannot tell the format of {file} from its extension");
        }

        var clock = Stopwatch.StartNew();
        long n = 0;
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            RdfParser parser = format.CreateParser(new RdfParserOptions { BaseIri = FileIris.FromPath(Path.GetFullPath(file)), SourceName = file });
            foreach (Quad _ in parser.Parse(stream))
            {
                n++;
            }
        }

        double s = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{{\"engine\":\"kg-bench count\",\"file\":\"{file}\",\"triples\":{n},\"s\":{s:F3},\"triples_per_s\":{n / s:F0}}}"));
        return 0;
    }
}
