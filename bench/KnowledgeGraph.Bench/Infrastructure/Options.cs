using System.Globalization;

namespace KnowledgeGraph.Bench.Infrastructure;

/// <summary>A minimal reader of <c>--name value</c> options and positional arguments.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _named = new(StringComparer.Ordinal);

    public Options(IEnumerable<string> args)
    {
        var positional = new List<string>();
        using IEnumerator<string> e = args.GetEnumerator();
        while (e.MoveNext())
        {
            if (e.Current.StartsWith("--", StringComparison.Ordinal))
            {
                string name = e.Current[2..];
                _named[name] = e.MoveNext() ? e.Current : throw new ArgumentException($"option --{name} needs a value");
            }
            else
            {
                positional.Add(e.Current);
            }
        }

        Positional = positional;
    }

    public IReadOnlyList<string> Positional { get; }

    public int Int(string name, int fallback) => _named.TryGetValue(name, out string? v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public string? String(string name) => _named.GetValueOrDefault(name);

    /// <summary>A comma-separated list option.</summary>
    public IReadOnlyList<string>? List(string name) => _named.TryGetValue(name, out string? v) ? v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null;
}
