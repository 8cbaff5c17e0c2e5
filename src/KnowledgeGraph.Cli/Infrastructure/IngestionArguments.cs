using System.Globalization;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>The options <c>kg ingest</c> and <c>kg extract</c> share (<c>--lang</c>, <c>--date</c>, <c>--base</c>), checked and
/// turned into <see cref="IngestionOptions"/>, so both commands build exactly the same graph.</summary>
internal static class IngestionArguments
{
    public static IngestionOptions Parse(string language, string? date, string? baseText)
    {
        IngestionOptions options = IngestionOptions.Default;
        options = language.ToLowerInvariant() switch
        {
            "auto" => options,
            "de" or "en" => options with { Language = language.ToLowerInvariant() },
            _ => throw new CliException($"kg: --lang '{language}' is not a language of the pipeline; expected auto, de or en"),
        };

        if (date is not null)
        {
            options = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
                ? options with { Date = d }
                : throw new CliException($"kg: --date '{date}' is not a date; expected YYYY-MM-DD");
        }

        if (baseText is not null)
        {
            Iri resourceBase = Arguments.ParseIri(baseText, "--base");
            if (!resourceBase.Value.EndsWith('/') && !resourceBase.Value.EndsWith('#'))
                throw new CliException($"kg: --base <{baseText}> must end with '/' or '#', as resources are minted below it");
            options = options with { ResourceBase = resourceBase };
        }

        return options;
    }
}
