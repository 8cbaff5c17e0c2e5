using System.Text;
using System.Text.Json;
using KnowledgeGraph.Linking.KnowledgeBase;

namespace KnowledgeGraph.Linking.Import;

/// <summary>
/// Streams the items of a Wikidata JSON dump (https://www.wikidata.org/wiki/Wikidata:Database_download#JSON_dumps_(recommended)):
/// a JSON array with one entity per line, each line ending in a comma except the last. Only one line is in memory at a time.
/// </summary>
internal static class JsonDumpReader
{
    public static IEnumerable<WikidataItem> Read(Stream input, string path, IReadOnlySet<string> languages, Action<WikidataFormatException>? onError,
        CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        long lineNumber = 0;
        string source = Path.GetFileName(path);
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            cancellationToken.ThrowIfCancellationRequested();
            ReadOnlySpan<char> text = line.AsSpan().Trim();
            if (text.Length > 0 && text[^1] == ',')
                text = text[..^1].TrimEnd();
            if (text.IsEmpty || text is "[" or "]")
                continue;
            WikidataItem? item;
            try
            {
                using JsonDocument doc = JsonDocument.Parse(text.ToString());
                item = EntityJson.Read(doc.RootElement, languages, source);
            }
            catch (JsonException e)
            {
                var error = new WikidataFormatException(path, lineNumber, (e.BytePositionInLine ?? 0) + 1 + (line.Length - line.TrimStart().Length),
                    "expected one Wikidata entity as a JSON object on this line: " + e.Message, e);
                if (onError is null)
                    throw error;
                onError(error);
                continue;
            }
            if (item is not null)
                yield return item;
        }
    }
}
