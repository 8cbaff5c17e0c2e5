namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>An article file that cannot be read as an article, with the location of the problem.</summary>
public sealed class ArticleFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ArticleFormatException(string path, long line, long column, string message, Exception? inner = null)
        : base($"{path}:{line}:{column}: {message}", inner)
    {
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>1-based line.</summary>
    public long Line { get; }

    /// <summary>1-based column.</summary>
    public long Column { get; }
}
