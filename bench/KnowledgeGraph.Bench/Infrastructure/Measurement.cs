namespace KnowledgeGraph.Bench.Infrastructure;

/// <summary>One run of a child process as /usr/bin/time saw it: wall clock, CPU and peak resident memory.</summary>
internal sealed record Measurement(int ExitCode, double WallSeconds, double UserSeconds, double SystemSeconds, long PeakRssKb, string Stdout, string Stderr)
{
    /// <summary>User plus system CPU seconds: less sensitive than wall time to other load on the machine.</summary>
    public double CpuSeconds => UserSeconds + SystemSeconds;

    public double PeakRssMb => PeakRssKb / 1024.0;
}
