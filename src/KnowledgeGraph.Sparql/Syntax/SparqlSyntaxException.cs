namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// A SPARQL query that does not conform to the grammar (SPARQL 1.1 Query §19) or breaks one of its
/// additional rules (§19.6 blank node labels, §18.2.1 variable scope, §11.4 aggregate projection).
/// </summary>
public sealed class SparqlSyntaxException : FormatException
{
    /// <summary>Creates the exception; line and column are 1-based, offset 0-based.</summary>
    public SparqlSyntaxException(string message, int line, int column, int offset)
        : base($"{line}:{column}: {message}")
    {
        Line = line;
        Column = column;
        Offset = offset;
        Reason = message;
    }

    /// <summary>The 1-based line of the offending token.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the offending token.</summary>
    public int Column { get; }

    /// <summary>The 0-based character offset of the offending token.</summary>
    public int Offset { get; }

    /// <summary>The message without the location.</summary>
    public string Reason { get; }

    internal static SparqlSyntaxException At(string text, int offset, string message)
    {
        (int line, int column) = Locate(text, offset);
        return new SparqlSyntaxException(message, line, column, offset);
    }

    /// <summary>The 1-based line and column of a character offset in a text.</summary>
    internal static (int Line, int Column) Locate(string text, int offset)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
