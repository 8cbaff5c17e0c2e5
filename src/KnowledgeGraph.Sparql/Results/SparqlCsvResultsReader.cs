using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Reads SPARQL 1.1 Query Results CSV. The format does not say what a value is: "_:x" is read as a blank node, an
/// absolute IRI with a scheme as an IRI, everything else as a simple literal.
/// </summary>
public static class SparqlCsvResultsReader
{
    /// <summary>Reads a whole CSV result.</summary>
    public static SparqlResults Read(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        List<List<string?>> records = Parse(input.ReadToEnd());
        if (records.Count == 0)
        {
            throw new FormatException("CSV results: missing header line.");
        }

        var vars = records[0].Select(v => v ?? "").ToList();
        var rows = new List<IReadOnlyList<Term?>>();
        foreach (List<string?> rec in records.Skip(1))
        {
            var row = new Term?[vars.Count];
            for (int i = 0; i < vars.Count && i < rec.Count; i++)
            {
                row[i] = rec[i] is { Length: > 0 } v ? ToTerm(v) : null;
            }

            rows.Add(row);
        }

        return SparqlResults.FromBindings(vars, rows);
    }

    internal static Term ToTerm(string v)
    {
        if (v.StartsWith("_:", StringComparison.Ordinal) && v.Length > 2)
        {
            return new BlankNode(v[2..]);
        }

        int colon = v.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && v[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(v[0])
            && Iri.TryParse(v, out Iri? iri))
        {
            return iri;
        }

        return new Literal(v);
    }

    private static List<List<string?>> Parse(string text)
    {
        var records = new List<List<string?>>();
        var record = new List<string?>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    record.Add(field.ToString());
                    records.Add(record);
                    record = [];
                    field.Clear();
                    any = false;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }

        if (any || field.Length > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
