using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Linking.KnowledgeBase;

/// <summary>
/// Writes an item as Wikidata's RDF dump format models it: <c>rdfs:label</c>/<c>skos:altLabel</c>/<c>schema:description</c>,
/// <c>wdt:P31</c>, <c>wdt:P39</c> plus a full statement (<c>p:P39</c> → node → <c>ps:P39</c>, <c>pq:P580</c>, <c>pq:P582</c>),
/// <c>wdt:P17</c>, <c>wdt:P1001</c>, <c>wikibase:sitelinks</c>; sources as <c>dcterms:source</c> literals.
/// </summary>
internal static class ItemQuads
{
    public static IEnumerable<Quad> For(WikidataItem item, Iri graph)
    {
        Iri s = WikidataTerms.Item(item.Qid);
        foreach ((string lang, string label) in item.Labels.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            yield return new Quad(s, Vocabulary.Rdfs.Label, new Literal(label, lang), graph);
        foreach ((string lang, IReadOnlyList<string> aliases) in item.Aliases.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            foreach (string alias in aliases)
                yield return new Quad(s, Vocabulary.Skos.AltLabel, new Literal(alias, lang), graph);
        }
        foreach ((string lang, IReadOnlyList<string> demonyms) in item.Demonyms.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            foreach (string demonym in demonyms)
                yield return new Quad(s, WikidataTerms.Demonym, new Literal(demonym, lang), graph);
        }
        foreach ((string lang, string description) in item.Descriptions.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            yield return new Quad(s, WikidataTerms.Description, new Literal(description, lang), graph);
        foreach (string c in item.InstanceOf)
            yield return new Quad(s, WikidataTerms.InstanceOf, WikidataTerms.Item(c), graph);
        foreach (string c in item.Countries)
            yield return new Quad(s, WikidataTerms.Country, WikidataTerms.Item(c), graph);
        foreach (string j in item.Jurisdictions)
            yield return new Quad(s, WikidataTerms.Jurisdiction, WikidataTerms.Item(j), graph);
        foreach (string position in item.Positions.Select(p => p.PositionQid).Distinct(StringComparer.Ordinal))
            yield return new Quad(s, WikidataTerms.PositionHeldDirect, WikidataTerms.Item(position), graph);
        foreach (PositionHeld p in item.Positions)
        {
            Iri node = StatementNode(item.Qid, p);
            yield return new Quad(s, WikidataTerms.PositionHeldClaim, node, graph);
            yield return new Quad(node, Vocabulary.Rdf.Type, WikidataTerms.StatementClass, graph);
            yield return new Quad(node, WikidataTerms.PositionHeldValue, WikidataTerms.Item(p.PositionQid), graph);
            if (p.Start is { } start)
                yield return new Quad(node, WikidataTerms.StartTime, DateTimeLiteral(start), graph);
            if (p.End is { } end)
                yield return new Quad(node, WikidataTerms.EndTime, DateTimeLiteral(end), graph);
        }
        if (item.Sitelinks is { } n)
            yield return new Quad(s, WikidataTerms.Sitelinks, Literal.Create(n), graph);
        foreach (string source in item.Sources)
            yield return new Quad(s, WikidataTerms.Source, new Literal(source), graph);
    }

    /// <summary>Wikidata writes time values as <c>xsd:dateTime</c> at midnight UTC.</summary>
    public static Literal DateTimeLiteral(DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z", Vocabulary.Xsd.DateTime);

    /// <summary>Reads the date of an <c>xsd:dateTime</c> or <c>xsd:date</c> literal (Wikidata's "+2017-01-04T00:00:00Z" too).</summary>
    public static DateOnly? ParseDate(string text)
    {
        ReadOnlySpan<char> t = text.AsSpan().Trim();
        if (t.Length > 0 && t[0] == '+')
            t = t[1..];
        if (t.Length < 10)
            return null;
        if (!int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || t[4] != '-' || !int.TryParse(t[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || t[7] != '-' || !int.TryParse(t[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out int d))
            return null;
        // Wikidata writes month or day 00 for year or month precision; take the first day of the period.
        m = Math.Max(m, 1);
        d = Math.Max(d, 1);
        return y is >= 1 and <= 9999 && m <= 12 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    private static Iri StatementNode(string qid, PositionHeld p)
    {
        // Wikidata's statement ids are "Q42$UUID"; its RDF writes them as wds:Q42-UUID.
        if (p.StatementId is { Length: > 0 } id)
            return Iri.Parse(WikidataTerms.StatementNamespace.Value + id.Replace('$', '-'));
        string key = $"{qid}|{p.PositionQid}|{p.Start:yyyy-MM-dd}|{p.End:yyyy-MM-dd}";
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        return Iri.Parse($"{WikidataGraph.MintedStatements.Value}{qid}-P39-{p.PositionQid}-{hash}");
    }
}
