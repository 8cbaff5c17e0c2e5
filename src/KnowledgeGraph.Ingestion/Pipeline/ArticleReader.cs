using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>
/// Reads articles from files and directories: <c>.txt</c> (a first line followed by a blank line is the title; a
/// leading block of <c># key: value</c> lines is metadata), <c>.html</c>/<c>.htm</c> (main content), <c>.json</c> (one
/// article object or an array) and <c>.jsonl</c> (one object per line) with fields <c>id, url, title, date, lang,
/// text</c>. Directories are read recursively in name order, leaving out the licence and read-me files that travel
/// with corpora (<c>LICENSE*</c>, <c>README*</c>, …); named on their own, such files are read like any other.
/// </summary>
public static class ArticleReader
{
    private static readonly string[] s_extensions = [".txt", ".html", ".htm", ".json", ".jsonl"];

    private static readonly string[] s_notArticles = ["LICENSE", "LICENCE", "COPYING", "NOTICE", "README", "ATTRIBUTION", "AUTHORS", "CHANGELOG"];

    /// <summary>Whether a file name has an extension this reader understands.</summary>
    public static bool IsSupported(string path) => s_extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>The article files under a path (the path itself when it is a file).</summary>
    public static IReadOnlyList<string> EnumerateFiles(string path)
    {
        if (File.Exists(path))
            return [path];
        if (!Directory.Exists(path))
            throw new FileNotFoundException($"{path}: no such file or directory.", path);
        return [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => IsSupported(f) && !IsCorpusPaperwork(f)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether a file is a corpus's licence, read-me or similar rather than an article.</summary>
    public static bool IsCorpusPaperwork(string path)
    {
        // The word alone, or followed by '.', '-' or '_' ("LICENSE-GUM.txt"), not a longer word ("licensed-report.txt").
        string name = Path.GetFileName(path);
        return s_notArticles.Any(word => name.StartsWith(word, StringComparison.OrdinalIgnoreCase)
            && (name.Length == word.Length || name[word.Length] is '.' or '-' or '_'));
    }

    /// <summary>The articles in one file. I/O errors pass through; text that is not UTF-8 and malformed JSON raise
    /// <see cref="ArticleFormatException"/> with the line and column of the problem.</summary>
    public static IReadOnlyList<ArticleInput> ReadFile(string path)
    {
        string content = DecodeText(path, File.ReadAllBytes(path));
        string id = Path.GetFileNameWithoutExtension(path);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".html":
            case ".htm":
                (string? title, string text, string? lang) = HtmlMainContent.Extract(content);
                return [new ArticleInput(id, text) { Title = title, Language = lang, SourcePath = path }];
            case ".json":
                return ReadJson(path, content, id);
            case ".jsonl":
                return ReadJsonLines(path, content, id);
            default:
                return [ParseText(id, content) with { SourcePath = path }];
        }
    }

    /// <summary>UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark. Invalid UTF-8 is an error
    /// rather than silently replaced characters, so a binary or Latin-1 file is reported, not ingested as noise.</summary>
    private static string DecodeText(string path, byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            return (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
        int start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return s_strictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            // Locate the byte: lines counted by '\n', columns in characters of the valid prefix.
            int invalid = FirstInvalid(bytes, start);
            string prefix = s_strictUtf8.GetString(bytes, start, invalid - start);
            int line = 1 + prefix.Count(c => c == '\n');
            int column = prefix.Length - (prefix.LastIndexOf('\n') + 1) + 1;
            byte value = bytes[Math.Min(invalid, bytes.Length - 1)];
            throw new ArticleFormatException(path, line, column, $"expected UTF-8 text, found the byte 0x{value:X2}.", e);
        }
    }

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The offset of the first byte that does not begin or continue a valid UTF-8 sequence.</summary>
    private static int FirstInvalid(byte[] bytes, int start)
    {
        int i = start;
        while (i < bytes.Length)
        {
            OperationStatus status = Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out int consumed);
            if (status != OperationStatus.Done)
                return i;
            i += consumed;
        }
        return bytes.Length;
    }

    /// <summary>Parses plain text: optional <c># key: value</c> header lines, an optional title line followed by a blank
    /// line, then the body.</summary>
    public static ArticleInput ParseText(string id, string content)
    {
        string[] lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int i = 0;
        string? url = null;
        DateOnly? date = null;
        while (i < lines.Length && lines[i].StartsWith('#'))
        {
            string line = lines[i].TrimStart('#').Trim();
            int colon = line.IndexOf(':');
            if (colon > 0)
            {
                string key = line[..colon].Trim().ToLowerInvariant();
                string value = line[(colon + 1)..].Trim();
                if (key is "source" or "url")
                    url = value;
                else if (key is "date" or "datecreated" && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
                    date = d;
            }
            i++;
        }
        while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i]))
            i++;
        string? title = null;
        // A title is a line followed by a blank line and then a body: a one-line article is all body.
        if (i + 1 < lines.Length && lines[i].Trim().Length > 0 && string.IsNullOrWhiteSpace(lines[i + 1])
            && lines.Skip(i + 2).Any(l => !string.IsNullOrWhiteSpace(l)))
        {
            title = lines[i].Trim();
            i += 2;
        }
        string body = string.Join('\n', lines.Skip(i));
        return new ArticleInput(id, body) { Title = title, Url = url, Date = date };
    }

    private static List<ArticleInput> ReadJson(string path, string content, string fallbackId)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(content);
            if (doc.RootElement.ValueKind == JsonValueKind.Array)
                return [.. doc.RootElement.EnumerateArray().Select((e, n) => FromJson(path, e, fallbackId + "-" + (n + 1), 1))];
            return [FromJson(path, doc.RootElement, fallbackId, 1)];
        }
        catch (JsonException e)
        {
            throw new ArticleFormatException(path, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, "malformed JSON: " + JsonReason(e), e);
        }
    }

    private static List<ArticleInput> ReadJsonLines(string path, string content, string fallbackId)
    {
        var articles = new List<ArticleInput>();
        string[] lines = content.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n]))
                continue;
            try
            {
                using JsonDocument doc = JsonDocument.Parse(lines[n]);
                articles.Add(FromJson(path, doc.RootElement, fallbackId + "-" + (n + 1), n + 1));
            }
            catch (JsonException e)
            {
                throw new ArticleFormatException(path, n + 1, (e.BytePositionInLine ?? 0) + 1, "malformed JSON line: " + JsonReason(e), e);
            }
        }
        return articles;
    }

    private static ArticleInput FromJson(string path, JsonElement e, string fallbackId, long line)
    {
        if (e.ValueKind != JsonValueKind.Object)
            throw new ArticleFormatException(path, line, 1, "expected a JSON object with id, url, title, date, lang and text.");
        string? text = Str(e, "text");
        if (text is null)
            throw new ArticleFormatException(path, line, 1, "expected a \"text\" string field.");
        DateOnly? date = null;
        if (Str(e, "date") is { } ds)
        {
            string day = ds.Length >= 10 ? ds[..10] : ds;
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
                throw new ArticleFormatException(path, line, 1, $"expected \"date\" as YYYY-MM-DD, found \"{ds}\".");
            date = d;
        }
        string? lang = Str(e, "lang")?.ToLowerInvariant();
        return new ArticleInput(Str(e, "id") ?? fallbackId, text)
        {
            Title = Str(e, "title"),
            Url = Str(e, "url"),
            Date = date,
            Language = lang is "de" or "en" ? lang : null,
            SourcePath = path,
        };
    }

    /// <summary>The parser's message without the position it appends (the exception's location says it already).</summary>
    private static string JsonReason(JsonException e)
    {
        int position = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (position < 0 ? e.Message : e.Message[..position]).TrimEnd('.', ' ') + ".";
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
