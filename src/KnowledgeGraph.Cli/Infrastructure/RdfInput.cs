using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// One RDF input named on the command line: a path or <c>-</c> for standard input, its format (named or guessed from the
/// extension) and the base IRI it is parsed against (given, or the file's own <c>file:</c> IRI).
/// </summary>
internal sealed record RdfInput(string Path, RdfFormat Format, Iri? BaseIri)
{
    public const string StandardStream = "-";

    public bool IsStandardInput => Path == StandardStream;

    /// <summary>The name errors mention.</summary>
    public string DisplayName => IsStandardInput ? "<stdin>" : Path;

    /// <summary>Resolves a command-line input: format from <paramref name="formatName"/> or the extension.</summary>
    public static RdfInput Resolve(string path, string? formatName, Iri? baseIri, RdfFormat? stdinDefault = null)
    {
        RdfFormat format;
        if (formatName is not null)
        {
            format = FormatOptions.Parse(formatName, "--from");
        }
        else if (path == StandardStream)
        {
            format = stdinDefault ?? throw new CliException("kg: reading standard input needs --from FORMAT (" + FormatOptions.Names + ")");
        }
        else if (!RdfFormats.TryFindByExtension(path, out format!))
        {
            throw new CliException($"kg: cannot tell the format of '{path}' from its extension; use --from ({FormatOptions.Names})");
        }

        if (path != StandardStream && !File.Exists(path))
        {
            throw new CliException($"kg: cannot read '{path}': no such file");
        }

        Iri? effectiveBase = baseIri ?? (path == StandardStream ? null : FileIris.FromPath(path));
        return new RdfInput(path, format, effectiveBase);
    }

    /// <summary>Opens the input for reading.</summary>
    public Stream Open() => IsStandardInput
        ? Console.OpenStandardInput()
        : new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>A parser for this input, reporting lenient-mode errors to <paramref name="onError"/>.</summary>
    public RdfParser CreateParser(bool lenient, Action<RdfSyntaxException>? onError) =>
        Format.CreateParser(RdfParserOptions.Default with
        {
            BaseIri = BaseIri,
            SourceName = DisplayName,
            Lenient = lenient,
            OnError = onError,
        });
}
