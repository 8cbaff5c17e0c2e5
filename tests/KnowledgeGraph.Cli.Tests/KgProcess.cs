using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>The outcome of one <c>kg</c> run.</summary>
internal sealed record KgRun(int ExitCode, string Output, string Error);

/// <summary>
/// Runs the built <c>kg.dll</c> (copied next to the tests) as a child process, as a user would: commands write to the
/// process's standard streams, which an in-process run could not capture while tests run in parallel.
/// </summary>
internal static class KgProcess
{
    private static readonly string s_kg = Path.Combine(AppContext.BaseDirectory, "kg.dll");

    public static KgRun Run(string workingDirectory, params string[] args) => RunWithInput(workingDirectory, null, args);

    /// <summary>Runs <c>kg</c> with <paramref name="input"/> (when not null) on its standard input.</summary>
    public static KgRun RunWithInput(string workingDirectory, string? input, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(s_kg);
        foreach (string arg in args)
            start.ArgumentList.Add(arg);

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start kg");
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kg {string.Join(' ', args)} did not finish within two minutes");
        }

        return new KgRun(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A fresh folder for one test's files and store, deleted when disposed.</summary>
    public static TemporaryFolder CreateFolder() => new();

    /// <summary>Where the test articles were copied.</summary>
    public static string Article(string name) => Path.Combine(AppContext.BaseDirectory, "Articles", name);
}

/// <summary>A temporary folder removed with everything in it on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string content)
    {
        string path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
