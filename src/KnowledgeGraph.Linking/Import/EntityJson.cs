using System.Text.Json;
using KnowledgeGraph.Linking.KnowledgeBase;

namespace KnowledgeGraph.Linking.Import;

/// <summary>
/// Reads one entity in Wikidata's JSON format (https://doc.wikimedia.org/Wikibase/master/php/docs_topics_json.html),
/// as the dumps hold it one per line and <c>wbgetentities</c> returns it: labels, aliases and descriptions in the
/// wanted languages, P31, P39 with P580/P582 qualifiers, P17, P1001, and the number of sitelinks.
/// Deprecated statements are skipped, as Wikidata's truthy <c>wdt:</c> triples skip them.
/// </summary>
internal static class EntityJson
{
    /// <summary>The item, or null for an entity that is not an item (properties, lexemes) or has no valid id.</summary>
    public static WikidataItem? Read(JsonElement entity, IReadOnlySet<string> languages, string source)
    {
        if (entity.ValueKind != JsonValueKind.Object || !entity.TryGetProperty("id", out JsonElement idElement)
            || idElement.GetString() is not { } id || !WikidataItem.IsQid(id))
            return null;
        if (entity.TryGetProperty("type", out JsonElement type) && type.GetString() is { } t && t != "item")
            return null;
        // wbgetentities marks ids that do not exist with "missing".
        if (entity.TryGetProperty("missing", out _))
            return null;

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        ReadTerms(entity, "labels", languages, labels);
        ReadTerms(entity, "descriptions", languages, descriptions);
        if (entity.TryGetProperty("aliases", out JsonElement aliasMap) && aliasMap.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty lang in aliasMap.EnumerateObject())
            {
                if (!languages.Contains(lang.Name) || lang.Value.ValueKind != JsonValueKind.Array)
                    continue;
                aliases[lang.Name] = [.. lang.Value.EnumerateArray().Select(a => Value(a)).OfType<string>()];
            }
        }

        var positions = new List<PositionHeld>();
        List<string> instanceOf = [], countries = [], jurisdictions = [];
        if (entity.TryGetProperty("claims", out JsonElement claims) && claims.ValueKind == JsonValueKind.Object)
        {
            ItemValues(claims, "P31", instanceOf);
            ItemValues(claims, "P17", countries);
            ItemValues(claims, "P1001", jurisdictions);
            foreach (JsonElement statement in Statements(claims, "P39"))
            {
                if (ItemId(statement) is not { } position)
                    continue;
                DateOnly? start = Qualifier(statement, "P580");
                DateOnly? end = Qualifier(statement, "P582");
                string? statementId = statement.TryGetProperty("id", out JsonElement sid) ? sid.GetString() : null;
                positions.Add(new PositionHeld(position, start, end, statementId));
            }
        }

        int? sitelinks = entity.TryGetProperty("sitelinks", out JsonElement links) && links.ValueKind == JsonValueKind.Object
            ? links.EnumerateObject().Count() : null;

        return new WikidataItem(id)
        {
            Labels = labels,
            Descriptions = descriptions,
            Aliases = aliases,
            InstanceOf = instanceOf,
            Countries = countries,
            Jurisdictions = jurisdictions,
            Positions = positions,
            Sitelinks = sitelinks,
            Sources = [source],
        };
    }

    private static void ReadTerms(JsonElement entity, string name, IReadOnlySet<string> languages, Dictionary<string, string> target)
    {
        if (!entity.TryGetProperty(name, out JsonElement map) || map.ValueKind != JsonValueKind.Object)
            return;
        foreach (JsonProperty lang in map.EnumerateObject())
        {
            if (languages.Contains(lang.Name) && Value(lang.Value) is { } v)
                target[lang.Name] = v;
        }
    }

    private static string? Value(JsonElement term) =>
        term.ValueKind == JsonValueKind.Object && term.TryGetProperty("value", out JsonElement v) && v.ValueKind == JsonValueKind.String
            ? v.GetString() : null;

    private static IEnumerable<JsonElement> Statements(JsonElement claims, string property)
    {
        if (!claims.TryGetProperty(property, out JsonElement list) || list.ValueKind != JsonValueKind.Array)
            yield break;
        foreach (JsonElement statement in list.EnumerateArray())
        {
            if (statement.TryGetProperty("rank", out JsonElement rank) && rank.GetString() == "deprecated")
                continue;
            yield return statement;
        }
    }

    private static void ItemValues(JsonElement claims, string property, List<string> target)
    {
        foreach (JsonElement statement in Statements(claims, property))
        {
            if (ItemId(statement) is { } qid && !target.Contains(qid))
                target.Add(qid);
        }
    }

    private static string? ItemId(JsonElement statement) =>
        statement.TryGetProperty("mainsnak", out JsonElement snak) ? SnakItem(snak) : null;

    private static string? SnakItem(JsonElement snak)
    {
        if (!snak.TryGetProperty("datavalue", out JsonElement dv) || !dv.TryGetProperty("value", out JsonElement value)
            || value.ValueKind != JsonValueKind.Object)
            return null;
        if (value.TryGetProperty("id", out JsonElement id) && id.GetString() is { } s && WikidataItem.IsQid(s))
            return s;
        // Older dumps carry only "numeric-id".
        return value.TryGetProperty("numeric-id", out JsonElement n) && n.TryGetInt64(out long num) && num > 0 ? "Q" + num : null;
    }

    private static DateOnly? Qualifier(JsonElement statement, string property)
    {
        if (!statement.TryGetProperty("qualifiers", out JsonElement qualifiers) || !qualifiers.TryGetProperty(property, out JsonElement list)
            || list.ValueKind != JsonValueKind.Array)
            return null;
        foreach (JsonElement snak in list.EnumerateArray())
        {
            if (snak.TryGetProperty("datavalue", out JsonElement dv) && dv.TryGetProperty("value", out JsonElement value)
                && value.ValueKind == JsonValueKind.Object && value.TryGetProperty("time", out JsonElement time)
                && time.GetString() is { } text && ItemQuads.ParseDate(text) is { } date)
                return date;
        }
        return null;
    }
}
