using System.Text;

namespace KnowledgeGraph.Bench.Infrastructure;

/// <summary>A plain-text table (Markdown pipe syntax, so it pastes into a report as it is).</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        int[] width = [.. headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => i < r.Length ? r[i].Length : 0)))];
        var sb = new StringBuilder();
        Line(sb, headers, width);
        sb.Append('|');
        foreach (int w in width)
        {
            sb.Append(' ').Append(new string('-', w)).Append(" |");
        }

        sb.AppendLine();
        foreach (string[] r in _rows)
        {
            Line(sb, r, width);
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string[] cells, int[] width)
    {
        sb.Append('|');
        for (int i = 0; i < width.Length; i++)
        {
            string c = i < cells.Length ? cells[i] : "";
            bool numeric = c.Length > 0 && (char.IsDigit(c[0]) || c[0] == '-' && c.Length > 1);
            sb.Append(' ').Append(numeric ? c.PadLeft(width[i]) : c.PadRight(width[i])).Append(" |");
        }

        sb.AppendLine();
    }
}
