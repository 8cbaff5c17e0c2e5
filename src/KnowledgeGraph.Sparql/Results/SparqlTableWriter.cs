using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>Writes results as a readable text table for terminals (column widths fitted to the content).</summary>
public static class SparqlTableWriter
{
    /// <summary>Writes the table; IRIs are abbreviated with the prefixes when given.</summary>
    public static void Write(TextWriter output, SparqlResults results, PrefixMap? prefixes = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Kind == SparqlResultsKind.Boolean)
        {
            output.WriteLine(results.Boolean ? "true" : "false");
            return;
        }

        if (results.Kind == SparqlResultsKind.Graph)
        {
            foreach (Triple t in results.Triples)
            {
                output.WriteLine(t.ToString());
            }

            return;
        }

        var header = results.Variables.Select(v => "?" + v).ToArray();
        var rows = results.Rows.Select(r => r.Select(t => t is null ? "" : Show(t, prefixes)).ToArray()).ToList();
        int[] widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
        output.WriteLine(rule);
        output.WriteLine("| " + string.Join(" | ", header.Select((h, i) => h.PadRight(widths[i]))) + " |");
        output.WriteLine(rule);
        foreach (string[] r in rows)
        {
            output.WriteLine("| " + string.Join(" | ", r.Select((c, i) => c.PadRight(widths[i]))) + " |");
        }

        output.WriteLine(rule);
        output.WriteLine(rows.Count == 1 ? "1 row" : $"{rows.Count} rows");
    }

    private static string Show(Term t, PrefixMap? prefixes) =>
        t is Iri iri && prefixes is not null && prefixes.TryAbbreviate(iri, out string? p, out string? local) ? p + ":" + local : t.ToString();
}
