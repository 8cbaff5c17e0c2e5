using System.Text.Json;
using KnowledgeGraph.Bench.Infrastructure;

namespace KnowledgeGraph.Bench.Querying;

/// <summary>What one engine's driver printed (JSON lines: a load line, one line per query, a summary line) and how its process ran.</summary>
internal sealed class EngineRun
{
    private EngineRun(string name, Measurement process)
    {
        Name = name;
        Process = process;
    }

    public string Name { get; }

    public Measurement Process { get; }

    public double LoadSeconds { get; private set; } = double.NaN;

    /// <summary>Seconds to open an existing store (drivers that query a store on disk instead of loading a file).</summary>
    public double OpenSeconds { get; private set; } = double.NaN;

    public long Triples { get; private set; }

    public Dictionary<string, QueryTiming> Queries { get; } = new(StringComparer.Ordinal);

    public static EngineRun Parse(string name, Measurement process)
    {
        var run = new EngineRun(name, process);
        foreach (string line in process.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }

            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement e = doc.RootElement;
            if (e.TryGetProperty("query", out JsonElement q))
            {
                run.Queries[q.GetString()!] = new QueryTiming(
                    e.GetProperty("rows").GetInt64(), e.GetProperty("median_ms").GetDouble(), e.GetProperty("min_ms").GetDouble());
            }
            else
            {
                if (e.TryGetProperty("load_s", out JsonElement l))
                {
                    run.LoadSeconds = l.GetDouble();
                }

                if (e.TryGetProperty("open_s", out JsonElement o))
                {
                    run.OpenSeconds = o.GetDouble();
                }

                if (e.TryGetProperty("triples", out JsonElement t))
                {
                    run.Triples = t.GetInt64();
                }
            }
        }

        return run;
    }
}

/// <summary>One query's row count and its median and fastest run in milliseconds.</summary>
internal sealed record QueryTiming(long Rows, double MedianMs, double MinMs);
