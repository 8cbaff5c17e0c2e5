namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// An update operation failed (SPARQL 1.1 Update §3: e.g. CREATE of an existing graph, DROP of a missing one, a LOAD
/// that cannot be read). The whole request is then rolled back. The message starts with the operation's
/// line:column in the request text.
/// </summary>
public sealed class SparqlUpdateException : Exception
{
    /// <summary>Creates the exception; line and column are 1-based.</summary>
    public SparqlUpdateException(string reason, int line, int column, Exception? innerException = null)
        : base($"{line}:{column}: {reason}", innerException)
    {
        Reason = reason;
        Line = line;
        Column = column;
    }

    /// <summary>The message without the location.</summary>
    public string Reason { get; }

    /// <summary>The 1-based line of the failed operation in the request text.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the failed operation in the request text.</summary>
    public int Column { get; }
}
