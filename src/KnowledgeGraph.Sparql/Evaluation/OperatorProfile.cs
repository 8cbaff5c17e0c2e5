using System.Diagnostics;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// What one physical operator did in a profiled run: how often it was started (an inner side of a nested-loop join
/// once per outer row), the rows it yielded over all calls, and the time spent pulling them, its inputs included.
/// </summary>
internal sealed class OperatorProfile
{
    public long Calls { get; set; }

    public long Rows { get; set; }

    public long Ticks { get; set; }

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Ticks);
}
