namespace KnowledgeGraph.Rdf.Formats;

/// <summary>
/// A syntax error in RDF input, with where it is: source (a file path, when known), 1-based line and column
/// (in characters), and the 0-based byte offset. <see cref="Exception.Message"/> reads <c>source:line:column: what</c>.
/// </summary>
public sealed class RdfSyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RdfSyntaxException(string reason, long line, long column, long offset = -1, string? source = null, Exception? inner = null)
        : base(Format(reason, line, column, source), inner)
    {
        Reason = reason;
        Line = line;
        Column = column;
        Offset = offset;
        Source = source;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>1-based line.</summary>
    public long Line { get; }

    /// <summary>1-based column, counted in Unicode code points.</summary>
    public long Column { get; }

    /// <summary>0-based byte offset into the input, or -1 when unknown.</summary>
    public long Offset { get; }

    /// <summary>The file or stream name the error was found in, or null.</summary>
    public new string? Source { get; }

    private static string Format(string reason, long line, long column, string? source) =>
        $"{source ?? "<input>"}:{line}:{column}: {reason}";
}
