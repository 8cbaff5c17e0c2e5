using System.Collections.Concurrent;
using System.Text;

namespace KnowledgeGraph.Testing;

/// <summary>
/// Counts W3C test outcomes per suite and writes them, one line per suite, to the console and to
/// <c>TestResults/conformance-*.txt</c> at the repository root when the test assembly finishes.
/// </summary>
internal static class ConformanceReport
{
    private static readonly ConcurrentDictionary<string, int[]> Counts = new();

    /// <summary>Runs one test body, recording it as passed, failed or skipped (Assert.Inconclusive).</summary>
    public static void Run(string suite, Action body)
    {
        int[] c = Counts.GetOrAdd(suite, _ => new int[3]);
        try
        {
            body();
            Interlocked.Increment(ref c[0]);
        }
        catch (AssertInconclusiveException)
        {
            Interlocked.Increment(ref c[2]);
            throw;
        }
        catch
        {
            Interlocked.Increment(ref c[1]);
            throw;
        }
    }

    public static string Summary()
    {
        var sb = new StringBuilder();
        foreach ((string suite, int[] c) in Counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sb.AppendLine($"{suite}: {c[0]} passed, {c[1]} failed, {c[2]} skipped");
        }

        return sb.ToString();
    }

    public static void Write(string name)
    {
        if (Counts.IsEmpty)
        {
            return;
        }

        string text = Summary();
        Console.WriteLine(text);
        string dir = Path.Combine(RepositoryPaths.Root, "TestResults");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, $"conformance-{name}.txt"), text);
    }
}
