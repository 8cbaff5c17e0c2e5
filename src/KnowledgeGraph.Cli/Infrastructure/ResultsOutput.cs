using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Writes query results to standard output in the format asked for.</summary>
internal static class ResultsOutput
{
    public const string Formats = "json|xml|csv|tsv|table";

    public static void Write(SparqlResults results, string resultsFormat, RdfFormat graphFormat, PrefixMap prefixes)
    {
        using Stream stdout = Console.OpenStandardOutput();
        if (results.Kind == SparqlResultsKind.Graph)
        {
            using RdfWriter writer = graphFormat.CreateWriter(stdout, RdfWriterOptions.Default with { Prefixes = prefixes });
            writer.WriteAll(results.Triples.Select(t => new Quad(t)));
            return;
        }

        switch (resultsFormat.ToLowerInvariant())
        {
            case "json":
                SparqlJsonResultsWriter.Write(stdout, results);
                break;
            case "xml":
                SparqlXmlResultsWriter.Write(stdout, results);
                break;
            case "csv":
                WriteText(stdout, w => SparqlCsvResultsWriter.Write(w, results));
                break;
            case "tsv":
                WriteText(stdout, w => SparqlTsvResultsWriter.Write(w, results));
                break;
            case "table":
                WriteText(stdout, w => SparqlTableWriter.Write(w, results, prefixes));
                break;
            default:
                throw new CliException($"kg: unknown results format '{resultsFormat}'; expected one of {Formats}");
        }
    }

    private static void WriteText(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        write(writer);
    }
}
