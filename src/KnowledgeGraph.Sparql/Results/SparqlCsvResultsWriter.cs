using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes SPARQL 1.1 Query Results CSV (text/csv): lossy by design — IRIs and literals as bare text, blank nodes as
/// _:label, fields quoted when they contain a comma, quote or line break; lines end in CRLF.
/// </summary>
public static class SparqlCsvResultsWriter
{
    /// <summary>Writes bindings.</summary>
    public static void Write(TextWriter output, SparqlResults results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        output.Write(string.Join(',', results.Variables.Select(Quote)));
        output.Write("\r\n");
        foreach (IReadOnlyList<Term?> row in results.Rows)
        {
            output.Write(string.Join(',', row.Select(t => t is null ? "" : Quote(Format(t)))));
            output.Write("\r\n");
        }
    }

    internal static string Format(Term t) => t switch
    {
        Iri i => i.Value,
        BlankNode b => "_:" + b.Label,
        Literal l => l.LexicalForm,
        _ => t.ToString(),
    };

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
