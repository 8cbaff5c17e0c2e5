using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Bench.Parsing;

/// <summary>
/// One command measured by the parse/serialize benchmark: how to run it on a file, and how to read the number of
/// triples it reports (null when it reports none, e.g. serdi or a converter writing to /dev/null).
/// </summary>
internal sealed record ParseTool(string Name, bool Ours, string Job, Func<string, IReadOnlyList<string>> Command, Regex? Count, bool CaptureStdout)
{
    /// <summary>The triple count the tool printed, or null.</summary>
    public long? ReadCount(string stdout, string stderr)
    {
        if (Count is null)
        {
            return null;
        }

        Match m = Count.Match(stdout + "\n" + stderr);
        return m.Success ? long.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
    }
}
