namespace KnowledgeGraph.Linking.Import;

/// <summary>An input file that is not what its format promises, with the place the problem was found.</summary>
public sealed class WikidataFormatException : Exception
{
    /// <summary>Creates the exception; the message reads <c>path:line:column: what was expected</c>.</summary>
    public WikidataFormatException(string path, long line, long column, string message, Exception? inner = null)
        : base($"{path}:{line}:{column}: {message}", inner)
    {
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The 1-based line.</summary>
    public long Line { get; }

    /// <summary>The 1-based column.</summary>
    public long Column { get; }
}
