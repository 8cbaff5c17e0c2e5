using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Format names on the command line.</summary>
internal static class FormatOptions
{
    public static string Names => string.Join('|', RdfFormats.All.Select(f => f.Name));

    public static RdfFormat Parse(string name, string option) =>
        RdfFormats.TryFindByName(name, out RdfFormat? format)
            ? format
            : throw new CliException($"kg: unknown format '{name}' for {option}; expected one of {Names}");
}
