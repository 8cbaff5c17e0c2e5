using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Bench.Infrastructure;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Bench.Querying;

/// <summary>
/// The query protocol our in-process drivers share with peers/JenaBench.java, peers/JenaTdb2Bench.java and
/// peers/ox_query.mjs, over any store: the row count of each query from one untimed run; then <c>warm</c> untimed
/// rounds over the whole mix and <c>reps</c> timed rounds, each round running every query once in file order. Each
/// run = parse + evaluate + serialize the results (SPARQL-JSON for SELECT/ASK, N-Triples for CONSTRUCT/DESCRIBE)
/// into memory, on a snapshot opened for the run. Prints one JSON line per query and a summary line.
/// </summary>
internal static class QueryRounds
{
    public static void Run(IQuadStore store, SparqlEvaluator evaluator, string engine, string data, string queryDir, int reps, int warm)
    {
        string[] files = [.. Directory.GetFiles(queryDir, "*.rq").Order(StringComparer.Ordinal)];
        string[] texts = [.. files.Select(File.ReadAllText)];
        long[] rows = [.. texts.Select(t => CountRows(evaluator, store, t))];
        var times = texts.Select(_ => new List<double>()).ToArray();
        long[] bytes = new long[texts.Length];
        var phase = Stopwatch.StartNew();
        for (int r = 0; r < warm + reps; r++)
        {
            for (int i = 0; i < texts.Length; i++)
            {
                var output = new MemoryStream();
                long t0 = Stopwatch.GetTimestamp();
                RunOnce(evaluator, store, texts[i], output);
                double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                bytes[i] = output.Length;
                if (r >= warm)
                {
                    times[i].Add(ms);
                }
            }
        }

        double sum = 0;
        for (int i = 0; i < texts.Length; i++)
        {
            double m = Stats.Median(times[i]);
            sum += m;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{{\"query\":\"{Path.GetFileName(files[i])}\",\"rows\":{rows[i]},\"result_bytes\":{bytes[i]},\"median_ms\":{m:F3},\"min_ms\":{times[i].Min():F3},\"max_ms\":{times[i].Max():F3},\"reps\":{reps}}}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"engine\":\"{engine}\",\"data\":\"{data}\",\"warm_rounds\":{warm},\"reps\":{reps},\"sum_of_medians_ms\":{sum:F3},\"query_phase_s\":{phase.Elapsed.TotalSeconds:F2}}}"));
    }

    /// <summary>Parse + evaluate + serialize, as the peers' drivers do.</summary>
    private static void RunOnce(SparqlEvaluator evaluator, IQuadStore store, string text, Stream output)
    {
        SparqlQuery query = SparqlParser.ParseQuery(text);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        SparqlResults results = evaluator.Evaluate(query, snapshot);
        if (results.Kind == SparqlResultsKind.Graph)
        {
            using RdfWriter writer = RdfFormats.NTriples.CreateWriter(output);
            foreach (Triple t in results.Triples)
            {
                writer.Write(t);
            }

            writer.Finish();
        }
        else
        {
            SparqlJsonResultsWriter.Write(output, results);
        }
    }

    /// <summary>Solutions for SELECT, 1/0 for ASK, distinct triples for CONSTRUCT/DESCRIBE (a graph is a set).</summary>
    private static long CountRows(SparqlEvaluator evaluator, IQuadStore store, string text)
    {
        SparqlQuery query = SparqlParser.ParseQuery(text);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        SparqlResults results = evaluator.Evaluate(query, snapshot);
        return results.Kind switch
        {
            SparqlResultsKind.Bindings => results.Rows.LongCount(),
            SparqlResultsKind.Boolean => results.Boolean ? 1 : 0,
            _ => results.Triples.Distinct().LongCount(),
        };
    }
}
