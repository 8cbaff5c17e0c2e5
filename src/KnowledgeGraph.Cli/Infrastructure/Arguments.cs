using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Checks of option values shared by commands.</summary>
internal static class Arguments
{
    public static Iri ParseIri(string text, string option) =>
        Iri.TryParse(text, out Iri? iri) ? iri
        : throw new CliException($"kg: {option} '{text}' is not an absolute IRI: {Iri.Validate(text)}");
}
