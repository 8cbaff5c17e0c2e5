using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>Reads SPARQL 1.1 Query Results TSV.</summary>
public static class SparqlTsvResultsReader
{
    /// <summary>Reads a whole TSV result.</summary>
    /// <exception cref="FormatException">A line is malformed; the message gives the line number.</exception>
    public static SparqlResults Read(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string? header = input.ReadLine() ?? throw new FormatException("TSV results: missing header line.");
        var vars = header.Length == 0 ? [] : header.Split('\t').Select(v => v.Trim().TrimStart('?', '$')).ToList();
        var rows = new List<IReadOnlyList<Term?>>();
        int lineNo = 1;
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 && vars.Count != 0)
            {
                continue;
            }

            string[] cells = line.Split('\t');
            var row = new Term?[vars.Count];
            for (int i = 0; i < vars.Count && i < cells.Length; i++)
            {
                try
                {
                    row[i] = cells[i].Length == 0 ? null : TermSyntaxReader.Parse(cells[i]);
                }
                catch (FormatException e)
                {
                    throw new FormatException($"TSV results line {lineNo}: {e.Message}", e);
                }
            }

            rows.Add(row);
        }

        return SparqlResults.FromBindings(vars, rows);
    }
}
