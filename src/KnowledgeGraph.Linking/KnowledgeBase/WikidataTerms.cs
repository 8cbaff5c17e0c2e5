using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Linking.KnowledgeBase;

/// <summary>
/// The IRIs of Wikidata's RDF model the base uses (https://www.mediawiki.org/wiki/Wikibase/Indexing/RDF_Dump_Format):
/// <c>wdt:</c> truthy claims, <c>p:</c>/<c>ps:</c>/<c>pq:</c> for full statements, <c>wikibase:sitelinks</c>,
/// <c>schema:description</c>, <c>wds:</c> statement nodes.
/// </summary>
internal static class WikidataTerms
{
    public static readonly Iri StatementNamespace = Iri.Parse("http://www.wikidata.org/entity/statement/");
    public static readonly Iri Wikibase = Iri.Parse("http://wikiba.se/ontology#");
    public static readonly Iri Sitelinks = Iri.Parse(Wikibase.Value + "sitelinks");
    public static readonly Iri StatementClass = Iri.Parse(Wikibase.Value + "Statement");
    public static readonly Iri Description = Iri.Parse("http://schema.org/description");
    public static readonly Iri Source = Vocabulary.DcTerms.Source;

    public static readonly Iri InstanceOf = Direct("P31");
    public static readonly Iri PositionHeldDirect = Direct("P39");
    public static readonly Iri PositionHeldClaim = Iri.Parse(Vocabulary.Wikidata.Claim.Value + "P39");
    public static readonly Iri PositionHeldValue = Iri.Parse(Vocabulary.Wikidata.StatementValue.Value + "P39");
    public static readonly Iri StartTime = Iri.Parse(Vocabulary.Wikidata.Qualifier.Value + "P580");
    public static readonly Iri EndTime = Iri.Parse(Vocabulary.Wikidata.Qualifier.Value + "P582");
    public static readonly Iri Country = Direct("P17");
    public static readonly Iri Jurisdiction = Direct("P1001");
    public static readonly Iri Demonym = Direct("P1549");

    /// <summary>Classes the base assigns from a table's "kind" column, and the linker's type checks use.</summary>
    public const string Human = "Q5";
    public const string Position = "Q4164871";
    public const string PublicOffice = "Q294414";
    public const string CountryClass = "Q6256";
    public const string City = "Q515";
    public const string Building = "Q41176";
    public const string Organization = "Q43229";

    public static Iri Direct(string property) => Iri.Parse(Vocabulary.Wikidata.Direct.Value + property);

    public static Iri Item(string qid) => Vocabulary.Wikidata.Item(qid);

    /// <summary>The QID of a <c>wd:</c> item IRI, or null for any other term.</summary>
    public static string? QidOf(Term term)
    {
        if (term is not Iri iri || !iri.Value.StartsWith(Vocabulary.Wikidata.Entity.Value, StringComparison.Ordinal))
            return null;
        string local = iri.Value[Vocabulary.Wikidata.Entity.Value.Length..];
        return WikidataItem.IsQid(local) ? local : null;
    }
}
