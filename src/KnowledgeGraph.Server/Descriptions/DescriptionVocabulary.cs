using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server.Descriptions;

/// <summary>
/// Terms of the SPARQL 1.1 Service Description vocabulary (<c>sd:</c>), VoID (<c>void:</c>) and the W3C format
/// identifiers (<c>formats:</c>) the endpoint describes itself with.
/// </summary>
internal static class DescriptionVocabulary
{
    public static readonly Iri Sd = Iri.Parse("http://www.w3.org/ns/sparql-service-description#");
    public static readonly Iri Void = Iri.Parse("http://rdfs.org/ns/void#");
    public static readonly Iri Formats = Iri.Parse("http://www.w3.org/ns/formats/");

    public static PrefixMap Prefixes { get; } = PrefixMap.Empty.Add("sd", Sd).Add("void", Void).Add("formats", Formats);

    public static Iri SdTerm(string local) => Iri.Parse(Sd.Value + local);

    public static Iri VoidTerm(string local) => Iri.Parse(Void.Value + local);

    public static Iri Format(string local) => Iri.Parse(Formats.Value + local);
}
