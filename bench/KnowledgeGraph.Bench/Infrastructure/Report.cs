using System.Globalization;

namespace KnowledgeGraph.Bench.Infrastructure;

/// <summary>Prints to the console and appends the same text to a Markdown file under bench/out/.</summary>
internal sealed class Report : IDisposable
{
    private readonly StreamWriter _file;

    public Report(BenchPaths paths, string name)
    {
        Directory.CreateDirectory(paths.Out);
        FilePath = Path.Combine(paths.Out, $"{name}-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.md");
        _file = new StreamWriter(FilePath) { AutoFlush = true };
    }

    public string FilePath { get; }

    public void Line(string text = "")
    {
        Console.WriteLine(text);
        _file.WriteLine(text);
    }

    /// <summary>Progress that goes to the console (stderr) only.</summary>
    public static void Progress(string text) => Console.Error.WriteLine("  .. " + text);

    public void Dispose() => _file.Dispose();
}
