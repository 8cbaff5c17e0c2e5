using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Linking.KnowledgeBase;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Linking.Import;

/// <summary>
/// Streams items out of SPARQL 1.1 Query Results JSON (https://www.w3.org/TR/sparql11-results-json/) produced by the
/// query documented in the Linking README: each row binds <c>?item</c> and any of <c>?label</c>/<c>?itemLabel</c>,
/// <c>?alias</c>, <c>?description</c>, <c>?instanceOf</c>, <c>?position</c> (+ <c>?start</c>, <c>?end</c>, <c>?statement</c>),
/// <c>?country</c>, <c>?jurisdiction</c>, <c>?sitelinks</c>. Consecutive rows of the same item are merged.
/// The file is read in 64 KiB blocks with a resumable <see cref="Utf8JsonReader"/>; one row is parsed at a time.
/// </summary>
internal sealed class SparqlResultsReader
{
    private readonly string _path;
    private readonly IReadOnlySet<string> _languages;
    private readonly string _source;
    private JsonReaderState _state;
    private bool _inResults;
    private bool _inBindings;
    private string? _property;
    private long _line = 1;
    private long _column = 1;

    private SparqlResultsReader(string path, IReadOnlySet<string> languages)
    {
        _path = path;
        _languages = languages;
        _source = System.IO.Path.GetFileName(path);
    }

    public static IEnumerable<WikidataItem> Read(Stream input, string path, IReadOnlySet<string> languages, CancellationToken cancellationToken)
    {
        var reader = new SparqlResultsReader(path, languages);
        byte[] buffer = new byte[1 << 16];
        int start = 0, end = 0;
        bool final = false, bomChecked = false;
        WikidataItem? pending = null;
        var rows = new List<WikidataItem>();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!final)
            {
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }
                if (end == buffer.Length)
                    Array.Resize(ref buffer, buffer.Length * 2);
                int n = input.Read(buffer, end, buffer.Length - end);
                end += n;
                final = n == 0;
                // A UTF-8 byte order mark may open the file; JSON readers do not accept it (RFC 8259 §8.1).
                if (!bomChecked && (end >= 3 || final))
                {
                    bomChecked = true;
                    if (end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                        start = 3;
                }
            }
            int consumed = reader.Parse(buffer.AsSpan(start, end - start), final, rows);
            start += consumed;
            foreach (WikidataItem row in rows)
            {
                if (pending is null)
                    pending = row;
                else if (pending.Qid == row.Qid)
                    pending = pending.Merge(row);
                else
                {
                    yield return pending;
                    pending = row;
                }
            }
            rows.Clear();
            if (final)
                break;
        }
        if (pending is not null)
            yield return pending;
    }

    /// <summary>Reads tokens until the data runs out; returns the bytes fully consumed.</summary>
    private int Parse(ReadOnlySpan<byte> data, bool final, List<WikidataItem> rows)
    {
        var json = new Utf8JsonReader(data, final, _state);
        int consumed = 0;
        try
        {
            while (true)
            {
                JsonReaderState before = json.CurrentState;
                int beforeConsumed = (int)json.BytesConsumed;
                if (!json.Read())
                {
                    if (final && json.CurrentDepth > 0)
                        throw Error(data, (int)json.BytesConsumed, "the JSON document ends early: expected the rest of the results object");
                    break;
                }
                if (_inBindings && json.TokenType == JsonTokenType.StartObject && json.CurrentDepth == 3)
                {
                    if (!JsonDocument.TryParseValue(ref json, out JsonDocument? doc))
                    {
                        // The row continues in the next block: resume from before its '{'.
                        _state = before;
                        Advance(data[..beforeConsumed]);
                        return beforeConsumed;
                    }
                    using (doc)
                    {
                        if (Row(doc.RootElement) is { } item)
                            rows.Add(item);
                    }
                }
                else
                {
                    Track(ref json);
                }
                _state = json.CurrentState;
                consumed = (int)json.BytesConsumed;
            }
        }
        catch (JsonException e)
        {
            throw Error(data, (int)json.BytesConsumed, "expected SPARQL 1.1 JSON results: " + e.Message, e);
        }
        Advance(data[..consumed]);
        return consumed;
    }

    private void Track(ref Utf8JsonReader json)
    {
        switch (json.TokenType)
        {
            case JsonTokenType.PropertyName:
                _property = json.GetString();
                break;
            case JsonTokenType.StartObject when json.CurrentDepth == 1 && _property == "results":
                _inResults = true;
                break;
            case JsonTokenType.EndObject when json.CurrentDepth == 1:
                _inResults = false;
                break;
            case JsonTokenType.StartArray when json.CurrentDepth == 2 && _inResults && _property == "bindings":
                _inBindings = true;
                break;
            case JsonTokenType.EndArray when json.CurrentDepth == 2:
                _inBindings = false;
                break;
        }
    }

    private WikidataFormatException Error(ReadOnlySpan<byte> data, int position, string message, Exception? inner = null)
    {
        position = Math.Clamp(position, 0, data.Length);
        ReadOnlySpan<byte> before = data[..position];
        int newlines = before.Count((byte)'\n');
        int lastNewline = before.LastIndexOf((byte)'\n');
        long column = lastNewline < 0 ? _column + position : position - lastNewline;
        return new WikidataFormatException(_path, _line + newlines, column, message, inner);
    }

    /// <summary>Moves the line and column past bytes that were consumed.</summary>
    private void Advance(ReadOnlySpan<byte> consumed)
    {
        int newlines = consumed.Count((byte)'\n');
        _line += newlines;
        int last = consumed.LastIndexOf((byte)'\n');
        _column = last < 0 ? _column + consumed.Length : consumed.Length - last;
    }

    private WikidataItem? Row(JsonElement row)
    {
        if (IriOf(row, "item") is not { } itemIri || KnowledgeBase.WikidataTerms.QidOf(itemIri) is not { } qid)
            return null;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (string name in (string[])["label", "itemLabel"])
        {
            if (Text(row, name) is ({ } value, { } lang) && _languages.Contains(lang))
                labels[lang] = value;
        }
        foreach (string name in (string[])["description", "itemDescription"])
        {
            if (Text(row, name) is ({ } value, { } lang) && _languages.Contains(lang))
                descriptions[lang] = value;
        }
        if (Text(row, "alias") is ({ } alias, { } aliasLang) && _languages.Contains(aliasLang))
            aliases[aliasLang] = [alias];
        var positions = new List<PositionHeld>();
        if (QidOf(row, "position") is { } position)
        {
            string? statement = IriOf(row, "statement") is { } s && s.Value.StartsWith(KnowledgeBase.WikidataTerms.StatementNamespace.Value, StringComparison.Ordinal)
                ? s.Value[KnowledgeBase.WikidataTerms.StatementNamespace.Value.Length..] : null;
            positions.Add(new PositionHeld(position, Date(row, "start"), Date(row, "end"), statement));
        }
        int? sitelinks = Text(row, "sitelinks") is ({ } count, _) && int.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : null;
        return new WikidataItem(qid)
        {
            Labels = labels,
            Descriptions = descriptions,
            Aliases = aliases,
            InstanceOf = QidOf(row, "instanceOf") is { } c ? [c] : [],
            Countries = QidOf(row, "country") is { } country ? [country] : [],
            Jurisdictions = QidOf(row, "jurisdiction") is { } j ? [j] : [],
            Positions = positions,
            Sitelinks = sitelinks,
            Sources = [_source],
        };
    }

    private static Iri? IriOf(JsonElement row, string name) =>
        row.TryGetProperty(name, out JsonElement b) && b.TryGetProperty("type", out JsonElement t) && t.GetString() == "uri"
        && b.TryGetProperty("value", out JsonElement v) && Iri.TryParse(v.GetString(), out Iri? iri) ? iri : null;

    private static string? QidOf(JsonElement row, string name) =>
        IriOf(row, name) is { } iri ? KnowledgeBase.WikidataTerms.QidOf(iri) : null;

    private static (string? Value, string? Lang) Text(JsonElement row, string name)
    {
        if (!row.TryGetProperty(name, out JsonElement b) || !b.TryGetProperty("value", out JsonElement v) || v.GetString() is not { } value)
            return (null, null);
        string? lang = b.TryGetProperty("xml:lang", out JsonElement l) ? l.GetString() : null;
        return (value, lang ?? "");
    }

    private static DateOnly? Date(JsonElement row, string name) =>
        Text(row, name) is ({ } value, _) ? ItemQuads.ParseDate(value) : null;
}
