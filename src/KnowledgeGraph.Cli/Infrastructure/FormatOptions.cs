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

    /// <summary>An output format: like <see cref="Parse"/>, and refuses a read-only syntax (RDF/XML) with a clear message.</summary>
    public static RdfFormat ParseWritable(string name, string option)
    {
        RdfFormat format = Parse(name, option);
        return format.CanWrite
            ? format
            : throw new CliException($"kg: {format.DisplayName} can be read but not written; for {option} choose one of {WritableNames}");
    }

    /// <summary>Checks that a format chosen by a file extension can be written.</summary>
    public static RdfFormat RequireWritable(RdfFormat format, string what) =>
        format.CanWrite
            ? format
            : throw new CliException($"kg: {format.DisplayName} can be read but not written ({what}); choose one of {WritableNames}");

    public static string WritableNames => string.Join('|', RdfFormats.All.Where(f => f.CanWrite).Select(f => f.Name));
}
