using System.Globalization;

namespace KnowledgeGraph.Bench.Infrastructure;

/// <summary>What else is running: the load average, printed next to every figure since the machine is shared.</summary>
internal static class Machine
{
    public static string LoadAverage()
    {
        try
        {
            string[] f = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"load average {f[0]} {f[1]} {f[2]} on {Environment.ProcessorCount} cores";
        }
        catch (IOException)
        {
            return "load average unknown";
        }
    }

    /// <summary>The one-minute load average alone, for table cells.</summary>
    public static string Load1()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    public static string Stamp() => DateTime.Now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + ", " + LoadAverage();
}
