using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg convert</c>: reads RDF files in one syntax and writes them in another, streaming where the syntax allows.</summary>
/// <remarks>
/// Turtle and TriG come in two layouts. The pretty one (sorted, nested blank nodes, lists, the inputs' prefixes) lays
/// out the whole dataset in memory; the streaming one writes each statement as it is read, in constant memory. By
/// default inputs up to <see cref="PrettyLimitBytes"/> are laid out pretty and larger ones, or standard input (whose
/// size is unknown), are streamed, so that converting a file of any size never needs memory in proportion to it.
/// </remarks>
internal static class ConvertCommand
{
    /// <summary>
    /// The largest input (all files together) that <c>--layout auto</c> lays out pretty: the pretty writer holds about
    /// 1.6 bytes of memory per byte of N-Triples (405 MB for the 255 MB BSBM file).
    /// </summary>
    public const long PrettyLimitBytes = 256L << 20;

    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files to read; '-' reads standard input. Formats are guessed from the extensions (.nt .nq .ttl .trig).",
            Arity = ArgumentArity.OneOrMore,
        };
        var from = new Option<string?>("--from", "-f") { Description = $"Input format for every input: {FormatOptions.Names}" };
        var to = new Option<string?>("--to", "-t")
        {
            Description = $"Output format: {FormatOptions.WritableNames}. Default: from the --output extension, else N-Quads when an input can hold named graphs, else N-Triples.",
        };
        var output = new Option<string?>("--output", "-o") { Description = "File to write ('-' or absent: standard output). Written only when the whole conversion succeeds." };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI for relative IRIs in the inputs (default: each file's own file: IRI)." };
        var lenient = new Option<bool>("--lenient") { Description = "Skip bad statements, report each on stderr as path:line:column, and go on." };
        var layout = new Option<string>("--layout")
        {
            Description = "Turtle/TriG layout: pretty (sorted and nested, with the inputs' prefixes; holds the data in memory), "
                + "streaming (statement by statement in constant memory, consecutive subjects grouped), or auto: "
                + $"pretty for files up to {PrettyLimitBytes >> 20} MB in all, streaming for larger ones and for standard input.",
            DefaultValueFactory = _ => "auto",
        };
        layout.AcceptOnlyFromAmong("auto", "pretty", "streaming");

        var command = new Command("convert", "Convert RDF between N-Triples, N-Quads, Turtle and TriG (RDF/XML can be read, not written).")
        {
            inputs, from, to, output, baseIri, lenient, layout,
        };
        command.SetAction(parse => Run(
            parse.GetValue(inputs)!,
            parse.GetValue(from),
            parse.GetValue(to),
            parse.GetValue(output),
            parse.GetValue(baseIri),
            parse.GetValue(lenient),
            parse.GetValue(layout)!));
        return command;
    }

    private static int Run(string[] inputPaths, string? from, string? to, string? output, string? baseText, bool lenient, string layout)
    {
        Iri? baseIri = baseText is null ? null : ParseBase(baseText);
        List<RdfInput> inputs = [.. inputPaths.Select(p => RdfInput.Resolve(p, from, baseIri, RdfFormats.Turtle))];
        RdfFormat target = ChooseTarget(to, output, inputs);
        bool pretty = (target == RdfFormats.Turtle || target == RdfFormats.TriG) && layout switch
        {
            "pretty" => true,
            "streaming" => false,
            _ => inputs.All(i => !i.IsStandardInput) && inputs.Sum(i => new FileInfo(i.Path).Length) <= PrettyLimitBytes,
        };
        var reporter = new ErrorReporter(Console.Error);

        if (output is null or RdfInput.StandardStream)
        {
            using Stream stdout = Console.OpenStandardOutput();
            Convert(inputs, target, pretty, stdout, lenient, reporter);
        }
        else
        {
            using var file = new AtomicFile(output);
            Convert(inputs, target, pretty, file.Stream, lenient, reporter);
            file.Commit();
        }

        reporter.Summarize();
        return 0;
    }

    private static void Convert(List<RdfInput> inputs, RdfFormat target, bool pretty, Stream output, bool lenient, ErrorReporter reporter)
    {
        var parsers = new List<RdfParser>();
        IEnumerable<Quad> quads = inputs.SelectMany(input => Read(input, lenient, reporter, parsers));
        if (!target.SupportsDatasets)
        {
            quads = quads.Select(q => q.IsInDefaultGraph ? q : throw new CliException(
                $"kg: the input has named graphs (e.g. {q.Graph}), which {target.DisplayName} cannot hold; use --to nquads or --to trig"));
        }

        if (pretty)
        {
            // The pretty writers lay out whole graphs, so they see every quad anyway: reading first lets them
            // declare the prefixes the inputs declared.
            List<Quad> all = [.. quads];
            PrefixMap prefixes = parsers.Aggregate(PrefixMap.Empty, (m, p) => m.AddRange(p.Prefixes));
            using RdfWriter writer = target.CreateWriter(output, RdfWriterOptions.Default with { Prefixes = prefixes });
            writer.WriteAll(all);
        }
        else
        {
            // Streaming Turtle/TriG cannot wait for the inputs' prefixes: it declares the well-known ones up front.
            using RdfWriter writer = target.CreateWriter(output, RdfWriterOptions.Default with { Streaming = true });
            writer.WriteAll(quads);
        }
    }

    private static IEnumerable<Quad> Read(RdfInput input, bool lenient, ErrorReporter reporter, List<RdfParser> parsers)
    {
        RdfParser parser = input.CreateParser(lenient, reporter.Report);
        parsers.Add(parser);
        using Stream stream = input.Open();
        foreach (Quad q in parser.Parse(stream))
        {
            yield return q;
        }
    }

    private static RdfFormat ChooseTarget(string? to, string? output, List<RdfInput> inputs)
    {
        if (to is not null)
        {
            return FormatOptions.ParseWritable(to, "--to");
        }

        if (output is not null and not RdfInput.StandardStream && RdfFormats.TryFindByExtension(output, out RdfFormat? byExtension))
        {
            return FormatOptions.RequireWritable(byExtension, "the --output extension");
        }

        return inputs.Any(i => i.Format.SupportsDatasets) ? RdfFormats.NQuads : RdfFormats.NTriples;
    }

    private static Iri ParseBase(string text) =>
        Iri.TryParse(text, out Iri? iri) ? iri
        : throw new CliException($"kg: --base '{text}' is not an absolute IRI: {Iri.Validate(text)}");
}
