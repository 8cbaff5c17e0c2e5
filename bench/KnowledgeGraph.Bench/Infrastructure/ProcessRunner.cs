using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Bench.Infrastructure;

/// <summary>
/// Runs a command as a whole process under <c>/usr/bin/time</c> (GNU time: elapsed, user, system, max RSS), with its
/// standard output going straight to /dev/null or to a file, so that no pipe to this process slows the child down.
/// </summary>
internal static class ProcessRunner
{
    private const string TimeFormat = "KGTIME %e %U %S %M";

    public static Measurement Run(IReadOnlyList<string> command, bool captureStdout, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        string tmp = Path.Combine(Path.GetTempPath(), "kg-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(tmp);
        try
        {
            string timeFile = Path.Combine(tmp, "time"), outFile = Path.Combine(tmp, "out"), errFile = Path.Combine(tmp, "err");
            var script = new StringBuilder("exec /usr/bin/time -o ").Append(Quote(timeFile)).Append(" -f ").Append(Quote(TimeFormat));
            foreach (string arg in command)
            {
                script.Append(' ').Append(Quote(arg));
            }

            script.Append(" > ").Append(captureStdout ? Quote(outFile) : "/dev/null").Append(" 2> ").Append(Quote(errFile));
            var info = new ProcessStartInfo("/bin/bash") { UseShellExecute = false, WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory() };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(script.ToString());
            if (environment is not null)
            {
                foreach ((string k, string v) in environment)
                {
                    info.Environment[k] = v;
                }
            }

            using (Process p = Process.Start(info) ?? throw new InvalidOperationException("cannot start bash"))
            {
                p.WaitForExit();
            }

            string stdout = captureStdout && File.Exists(outFile) ? File.ReadAllText(outFile) : "";
            string stderr = File.Exists(errFile) ? File.ReadAllText(errFile) : "";
            string[] lines = File.Exists(timeFile) ? File.ReadAllLines(timeFile) : [];
            string? timing = lines.LastOrDefault(l => l.StartsWith("KGTIME ", StringComparison.Ordinal));
            if (timing is null)
            {
                throw new InvalidOperationException($"no timing for '{string.Join(' ', command)}': {stderr}");
            }

            string[] f = timing.Split(' ');
            int exit = lines.FirstOrDefault(l => l.StartsWith("Command exited with non-zero status ", StringComparison.Ordinal)) is { } e
                ? int.Parse(e["Command exited with non-zero status ".Length..], CultureInfo.InvariantCulture)
                : lines.Any(l => l.StartsWith("Command terminated by signal", StringComparison.Ordinal)) ? 128 : 0;
            return new Measurement(
                exit,
                double.Parse(f[1], CultureInfo.InvariantCulture),
                double.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture),
                long.Parse(f[4], CultureInfo.InvariantCulture),
                stdout,
                stderr);
        }
        finally
        {
            Directory.Delete(tmp, recursive: true);
        }
    }

    /// <summary>Runs a command and fails loudly when it exits with an error.</summary>
    public static Measurement RunChecked(IReadOnlyList<string> command, bool captureStdout, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        Measurement m = Run(command, captureStdout, workingDirectory, environment);
        if (m.ExitCode != 0)
        {
            string tail = m.Stderr.Length > 2000 ? m.Stderr[^2000..] : m.Stderr;
            throw new InvalidOperationException($"'{string.Join(' ', command)}' exited with {m.ExitCode}:\n{tail}");
        }

        return m;
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
