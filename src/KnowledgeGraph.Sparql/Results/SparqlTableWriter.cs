using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes results as a readable text table for terminals. Column widths are fitted to the header and the first
/// <see cref="SampleRows"/> rows, then the rows stream out (memory stays flat on large results); a literal wider than
/// <see cref="MaxColumnWidth"/> columns, or than its column after the sample, is cut with '…' (the footer says so;
/// the other formats write every value whole). IRIs and blank nodes are never cut, so they can be copied. Widths
/// count terminal columns: CJK characters take two.
/// </summary>
public static class SparqlTableWriter
{
    /// <summary>How many rows decide the column widths.</summary>
    public const int SampleRows = 1000;

    /// <summary>The widest a column gets, in terminal columns.</summary>
    public const int MaxColumnWidth = 80;

    /// <summary>
    /// Writes the table; IRIs are abbreviated with the prefixes when given, numbers and booleans are written bare.
    /// </summary>
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

        string[] header = results.Variables.Select(v => "?" + v).ToArray();
        using IEnumerator<IReadOnlyList<Term?>> rows = results.Rows.GetEnumerator();
        var sample = new List<Cell[]>();
        while (sample.Count < SampleRows && rows.MoveNext())
        {
            sample.Add(Cells(rows.Current, prefixes));
        }

        int[] widths = new int[header.Length];
        for (int i = 0; i < header.Length; i++)
        {
            widths[i] = Math.Max(TermDisplay.Width(header[i]), sample.Count == 0 ? 0 : sample.Max(r => r[i].IsLiteral ? Math.Min(MaxColumnWidth, r[i].Width) : r[i].Width));
        }

        string rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
        output.WriteLine(rule);
        bool cut = false;
        WriteRow(output, header.Select(h => new Cell(h, TermDisplay.Width(h), false)).ToArray(), widths, ref cut);
        output.WriteLine(rule);
        long count = 0;
        foreach (Cell[] r in sample)
        {
            WriteRow(output, r, widths, ref cut);
            count++;
        }

        while (rows.MoveNext())
        {
            WriteRow(output, Cells(rows.Current, prefixes), widths, ref cut);
            count++;
        }

        output.WriteLine(rule);
        output.Write(count == 1 ? "1 row" : count.ToString("#,0", CultureInfo.InvariantCulture) + " rows");
        output.WriteLine(cut ? "; values cut at their column's width are marked …, --results tsv writes them whole" : "");
    }

    private static Cell[] Cells(IReadOnlyList<Term?> row, PrefixMap? prefixes)
    {
        var cells = new Cell[row.Count];
        for (int i = 0; i < cells.Length; i++)
        {
            string text = row[i] is { } t ? Escape(TermDisplay.Show(t, prefixes, _ => true)) : "";
            cells[i] = new Cell(text, TermDisplay.Width(text), row[i] is Literal);
        }

        return cells;
    }

    /// <summary>Control characters (tabs, for one) would break the columns: written as escapes.</summary>
    private static string Escape(string s)
    {
        if (!s.AsSpan().ContainsAnyInRange('\0', '\u001F') && !s.Contains('\u007F', StringComparison.Ordinal))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 8);
        foreach (char c in s)
        {
            if (c == '\t')
            {
                sb.Append("\\t");
            }
            else if (c < ' ' || c == '\u007F')
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static void WriteRow(TextWriter output, Cell[] cells, int[] widths, ref bool cut)
    {
        var line = new StringBuilder("|");
        for (int i = 0; i < cells.Length; i++)
        {
            line.Append(' ');
            int width = Fit(line, cells[i], widths[i], ref cut);
            line.Append(' ', Math.Max(0, widths[i] - width)).Append(" |");
        }

        output.WriteLine(line.ToString());
    }

    /// <summary>Appends the cell, a literal cut with '…' when wider than the column; returns the columns it took.</summary>
    private static int Fit(StringBuilder line, Cell cell, int width, ref bool cut)
    {
        if (cell.Width <= width || !cell.IsLiteral)
        {
            line.Append(cell.Text);
            return cell.Width;
        }

        cut = true;
        int used = 0;
        foreach (Rune r in cell.Text.EnumerateRunes())
        {
            int w = TermDisplay.Width(r);
            if (used + w > width - 1)
            {
                break;
            }

            line.Append(r.ToString());
            used += w;
        }

        line.Append('…');
        return used + 1;
    }

    private readonly record struct Cell(string Text, int Width, bool IsLiteral);
}
