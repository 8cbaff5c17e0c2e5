using System.Text;

namespace KnowledgeGraph.Linking.Import;

/// <summary>
/// Reads TSV (tab-separated, no quoting, as the shared tables are written) and CSV (RFC 4180: quoted fields with
/// doubled quotes, quoted line breaks) with a header row. Lines starting with '#' before the header are comments.
/// Rows are returned as dictionaries keyed by column name, with their line number.
/// </summary>
internal static class DelimitedTable
{
    public static IEnumerable<(long Line, Dictionary<string, string> Row)> Read(TextReader reader, char separator, string path)
    {
        string[]? header = null;
        long line = 0;
        while (true)
        {
            long startLine = line + 1;
            List<string>? fields = separator == '\t' ? ReadTsv(reader, ref line) : ReadCsv(reader, ref line, path);
            if (fields is null)
                yield break;
            if (header is null)
            {
                if (fields.Count == 1 && (fields[0].Length == 0 || fields[0].StartsWith('#')))
                    continue;
                if (fields.Count > 0 && fields[0].StartsWith('#'))
                    continue;
                header = [.. fields.Select(f => f.Trim().TrimStart('\uFEFF'))];
                continue;
            }
            if (fields.Count == 1 && fields[0].Length == 0)
                continue;
            if (fields.Count > header.Length)
                throw new WikidataFormatException(path, startLine, 1, $"expected at most {header.Length} fields ({string.Join(", ", header)}), found {fields.Count}");
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
                row[header[i]] = i < fields.Count ? fields[i] : "";
            yield return (startLine, row);
        }
    }

    private static List<string>? ReadTsv(TextReader reader, ref long line)
    {
        string? text = reader.ReadLine();
        if (text is null)
            return null;
        line++;
        return [.. text.Split('\t')];
    }

    private static List<string>? ReadCsv(TextReader reader, ref long line, string path)
    {
        int c = reader.Read();
        if (c < 0)
            return null;
        line++;
        long startLine = line;
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, wasQuoted = false;
        while (true)
        {
            if (c < 0)
            {
                if (quoted)
                    throw new WikidataFormatException(path, startLine, 1, "expected a closing '\"' for the quoted field that starts on this line");
                fields.Add(field.ToString());
                return fields;
            }
            char ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                        line++;
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (ch == '\r' && reader.Peek() == '\n')
            {
                // CRLF: the '\n' ends the record.
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString());
                return fields;
            }
            else
            {
                field.Append(ch);
            }
            c = reader.Read();
        }
    }
}
