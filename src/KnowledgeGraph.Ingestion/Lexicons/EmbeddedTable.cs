using System.Reflection;

namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>Reads the tab- or comma-separated tables embedded from <c>data/</c>.</summary>
internal static class EmbeddedTable
{
    /// <summary>Rows of a TSV resource: comment lines (<c>#</c>) and the header row are skipped.</summary>
    public static IEnumerable<string[]> ReadTsv(string resourceName)
    {
        bool headerSeen = false;
        foreach (string line in ReadLines(resourceName))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }
            yield return line.Split('\t');
        }
    }

    /// <summary>Rows of a CSV resource (RFC 4180 quoting), header skipped.</summary>
    public static IEnumerable<string[]> ReadCsv(string resourceName)
    {
        bool headerSeen = false;
        foreach (string line in ReadLines(resourceName))
        {
            if (line.Length == 0)
                continue;
            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }
            yield return SplitCsvLine(line);
        }
    }

    /// <summary>The names of the embedded resources under a folder prefix.</summary>
    public static IEnumerable<string> ResourcesUnder(string prefix) =>
        typeof(EmbeddedTable).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static IEnumerable<string> ReadLines(string resourceName)
    {
        Assembly assembly = typeof(EmbeddedTable).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded lexicon '{resourceName}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            yield return line.TrimEnd('\r');
    }

    internal static string[] SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    current.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
                current.Append(c);
        }
        fields.Add(current.ToString());
        return [.. fields];
    }
}
