using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Linking.KnowledgeBase;

namespace KnowledgeGraph.Linking.Import;

/// <summary>
/// Turns the verified tables of <c>data/wikidata/</c> into items. The table kind is recognised by its header:
/// <list type="bullet">
/// <item><c>entities.tsv</c> (qid, kind, label_en, label_de, source): labels, and a class from <c>kind</c>;</item>
/// <item><c>us_politicians_qid.tsv</c> (qid, label_en, first, last, last_term_type, …): humans, their last term as P39
///   where the term type names a position whose QID a table verifies (sen, prez, viceprez);</item>
/// <item>everypolitician <c>cabinet.csv</c> (id, name, position_id, position, label, start_date, end_date): P39 statements;</item>
/// <item>everypolitician positions excerpt (id, position, label, description, start_date, …, end_date): P39 statements;</item>
/// <item><c>curated.tsv</c> (qid, property, lang, value): labels, aliases, demonyms, P31, P17, P1001.</item>
/// </list>
/// </summary>
internal static partial class TableReader
{
    /// <summary>Classes for the <c>kind</c> column of entities.tsv.</summary>
    private static readonly Dictionary<string, string> KindClasses = new(StringComparer.Ordinal)
    {
        ["person"] = WikidataTerms.Human,
        ["office"] = WikidataTerms.Position,
        ["country"] = WikidataTerms.CountryClass,
        ["city"] = WikidataTerms.City,
        ["building"] = WikidataTerms.Building,
        ["organization"] = WikidataTerms.Organization,
    };

    /// <summary>us_politicians_qid.tsv term types → position QIDs that the everypolitician and entities tables verify.</summary>
    private static readonly Dictionary<string, string> TermPositions = new(StringComparer.Ordinal)
    {
        ["sen"] = "Q13217683",
        ["prez"] = "Q11696",
        ["viceprez"] = "Q11699",
    };

    public static IEnumerable<WikidataItem> Read(Stream input, string path)
    {
        string name = InputFile.InnerName(path);
        char separator = name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ',' : '\t';
        using var reader = new StreamReader(input, Encoding.UTF8);
        string source = SourceName(path);
        foreach ((long line, Dictionary<string, string> row) in DelimitedTable.Read(reader, separator, path))
        {
            foreach (WikidataItem item in FromRow(row, source, path, line))
                yield return item;
        }
    }

    private static IEnumerable<WikidataItem> FromRow(Dictionary<string, string> row, string source, string path, long line)
    {
        if (row.ContainsKey("kind") && row.ContainsKey("qid"))
        {
            string kind = row["kind"].Trim();
            yield return new WikidataItem(Qid(row, "qid", path, line))
            {
                Labels = Labels(("en", row.GetValueOrDefault("label_en")), ("de", row.GetValueOrDefault("label_de"))),
                InstanceOf = KindClasses.TryGetValue(kind, out string? c) ? [c] : [],
                Sources = [source],
            };
        }
        else if (row.ContainsKey("last_term_type") && row.ContainsKey("qid"))
        {
            // A legislator without a Wikidata id cannot be linked; the row is not an error.
            if (row["qid"].Trim().Length == 0)
                yield break;
            string label = row["label_en"].Trim();
            var aliases = new List<string>();
            string firstLast = $"{row.GetValueOrDefault("first")} {row.GetValueOrDefault("last")}".Trim();
            if (firstLast.Length > 0 && firstLast != label)
                aliases.Add(firstLast);
            // The English Wikipedia title is the name news use ("Bernie Sanders"); drop its disambiguator.
            string title = Disambiguator().Replace(row.GetValueOrDefault("enwiki_title") ?? "", "").Trim();
            if (title.Length > 0 && title != label && !aliases.Contains(title))
                aliases.Add(title);
            var positions = new List<PositionHeld>();
            if (TermPositions.TryGetValue(row["last_term_type"].Trim(), out string? position))
                positions.Add(new PositionHeld(position, Date(row, "last_term_start"), Date(row, "last_term_end")));
            string description = Description(row);
            yield return new WikidataItem(Qid(row, "qid", path, line))
            {
                Labels = Labels(("en", label), ("de", label)),
                Aliases = aliases.Count == 0 ? new Dictionary<string, IReadOnlyList<string>>() : new Dictionary<string, IReadOnlyList<string>> { ["en"] = aliases, ["de"] = aliases },
                Descriptions = description.Length == 0 ? new Dictionary<string, string>() : new Dictionary<string, string> { ["en"] = description },
                InstanceOf = [WikidataTerms.Human],
                Positions = positions,
                Sources = [source],
            };
        }
        else if (row.ContainsKey("position_id") && row.ContainsKey("id"))
        {
            string person = Qid(row, "id", path, line);
            string position = Qid(row, "position", path, line);
            string name = row.GetValueOrDefault("name")?.Trim() ?? "";
            yield return new WikidataItem(person)
            {
                Labels = name.Length == 0 ? new Dictionary<string, string>() : Labels(("en", name), ("de", name)),
                InstanceOf = [WikidataTerms.Human],
                Positions = [new PositionHeld(position, Date(row, "start_date"), Date(row, "end_date"), row["position_id"].Trim() is { Length: > 0 } id ? id : null)],
                Sources = [source],
            };
            yield return PositionItem(position, row.GetValueOrDefault("label"), null, source);
        }
        else if (row.ContainsKey("position") && row.ContainsKey("id") && row.ContainsKey("start_date"))
        {
            string person = Qid(row, "id", path, line);
            string position = Qid(row, "position", path, line);
            yield return new WikidataItem(person)
            {
                InstanceOf = [WikidataTerms.Human],
                Positions = [new PositionHeld(position, Date(row, "start_date"), Date(row, "end_date"))],
                Sources = [source],
            };
            yield return PositionItem(position, row.GetValueOrDefault("label"), row.GetValueOrDefault("description"), source);
        }
        else if (row.ContainsKey("property") && row.ContainsKey("qid") && row.ContainsKey("value"))
        {
            yield return Curated(row, source, path, line);
        }
        else
        {
            throw new WikidataFormatException(path, line, 1,
                "expected a known table header: entities.tsv (qid, kind, …), us_politicians_qid.tsv (qid, …, last_term_type), "
                + "an everypolitician cabinet.csv (id, name, position_id, position, …) or positions excerpt (id, position, label, start_date, …), or curated.tsv (qid, property, lang, value)");
        }
    }

    private static WikidataItem PositionItem(string qid, string? label, string? description, string source) => new(qid)
    {
        Labels = string.IsNullOrWhiteSpace(label) ? new Dictionary<string, string>() : new Dictionary<string, string> { ["en"] = label.Trim() },
        Descriptions = string.IsNullOrWhiteSpace(description) || description.Trim() == "position"
            ? new Dictionary<string, string>() : new Dictionary<string, string> { ["en"] = description.Trim() },
        InstanceOf = [WikidataTerms.Position],
        Sources = [source],
    };

    private static WikidataItem Curated(Dictionary<string, string> row, string source, string path, long line)
    {
        string qid = Qid(row, "qid", path, line);
        string property = row["property"].Trim();
        string lang = row.GetValueOrDefault("lang")?.Trim() ?? "";
        string value = row["value"].Trim();
        if (value.Length == 0)
            throw new WikidataFormatException(path, line, 1, "expected a value in the 'value' column");
        var item = new WikidataItem(qid) { Sources = [source] };
        string RequireLang() => lang.Length > 0 ? lang : throw new WikidataFormatException(path, line, 1, $"expected a language code for '{property}'");
        string RequireQid() => WikidataItem.IsQid(value) ? value : throw new WikidataFormatException(path, line, 1, $"expected a QID as the value of {property}, found '{value}'");
        return property switch
        {
            "label" => item with { Labels = new Dictionary<string, string> { [RequireLang()] = value } },
            "alias" => item with { Aliases = new Dictionary<string, IReadOnlyList<string>> { [RequireLang()] = [value] } },
            "description" => item with { Descriptions = new Dictionary<string, string> { [RequireLang()] = value } },
            "P1549" => item with { Demonyms = new Dictionary<string, IReadOnlyList<string>> { [RequireLang()] = [value] } },
            "P31" => item with { InstanceOf = [RequireQid()] },
            "P17" => item with { Countries = [RequireQid()] },
            "P1001" => item with { Jurisdictions = [RequireQid()] },
            _ => throw new WikidataFormatException(path, line, 1, $"expected one of label, alias, description, P1549, P31, P17, P1001 as property, found '{property}'"),
        };
    }

    private static string Description(Dictionary<string, string> row)
    {
        string type = row.GetValueOrDefault("last_term_type")?.Trim() switch
        {
            "sen" => "United States senator",
            "rep" => "member of the United States House of Representatives",
            "prez" => "President of the United States",
            "viceprez" => "Vice President of the United States",
            _ => "",
        };
        string state = row.GetValueOrDefault("state")?.Trim() ?? "";
        string party = row.GetValueOrDefault("party")?.Trim() ?? "";
        string detail = string.Join(", ", new[] { state, party }.Where(s => s.Length > 0));
        return type.Length == 0 ? detail : detail.Length == 0 ? type : $"{type} ({detail})";
    }

    private static Dictionary<string, string> Labels(params (string Lang, string? Value)[] labels)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string lang, string? value) in labels)
        {
            if (!string.IsNullOrWhiteSpace(value))
                result[lang] = value.Trim();
        }
        return result;
    }

    private static string Qid(Dictionary<string, string> row, string column, string path, long line)
    {
        string value = row.GetValueOrDefault(column)?.Trim() ?? "";
        return WikidataItem.IsQid(value) ? value
            : throw new WikidataFormatException(path, line, 1, $"expected a QID (Q followed by digits) in column '{column}', found '{value}'");
    }

    private static DateOnly? Date(Dictionary<string, string> row, string column) =>
        row.GetValueOrDefault(column)?.Trim() is { Length: >= 10 } text ? ItemQuads.ParseDate(text) : null;

    private static string SourceName(string path)
    {
        string name = InputFile.InnerName(path);
        string? parent = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        return parent == "everypolitician" ? "everypolitician/" + name : name;
    }

    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex Disambiguator();
}
