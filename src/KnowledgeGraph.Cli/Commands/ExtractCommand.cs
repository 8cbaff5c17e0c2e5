using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Ingestion.Ontology;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Linking;
using KnowledgeGraph.Linking.Store;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg extract</c>: prints the graph ingestion would store for articles, without a store. Turtle by default, as the
/// issue asks: it prints the triples of the article's graph, whose name (<c>…/resource/graph/ID</c>) only the dataset
/// formats can carry — <c>--to trig</c> or <c>--to nquads</c> print the quads exactly as <c>kg ingest</c> stores them.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Article files ({ArticleFiles.Extensions}) or directories of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var to = new Option<string>("--to", "-t")
        {
            Description = $"Output format: {FormatOptions.WritableNames}. Turtle and N-Triples print the triples of the articles' graphs; "
                + "TriG and N-Quads keep each article's graph name.",
            DefaultValueFactory = _ => "turtle",
        };
        var lang = new Option<string>("--lang") { Description = "The articles' language: auto (metadata, else detection), de or en.", DefaultValueFactory = _ => "auto" };
        var date = new Option<string?>("--date") { Description = "Date (YYYY-MM-DD) of articles whose metadata has none; weekday words resolve against it." };
        var baseIri = new Option<string?>("--base") { Description = $"Base IRI resources are minted under (default: {Kgo.DefaultResourceBase.Value})." };

        var command = new Command("extract", "Print the graph 'kg ingest' would store for articles, without a store.")
        {
            paths, to, lang, date, baseIri,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths)!,
            FormatOptions.ParseWritable(parse.GetValue(to)!, "--to"),
            IngestionArguments.Parse(parse.GetValue(lang)!, parse.GetValue(date), parse.GetValue(baseIri))));
        return command;
    }

    private static int Run(string[] paths, RdfFormat format, IngestionOptions options)
    {
        var files = new ArticleFiles(Console.Error);
        List<ArticleInput> articles = files.Read(paths);
        var ingestor = new ArticleIngestor(options);
        List<Quad> quads = [.. articles.SelectMany(a => Linked(ingestor.Ingest(a)))];
        if (!format.SupportsDatasets)
            quads = [.. quads.Select(q => new Quad(q.Triple)).Distinct()];

        PrefixMap prefixes = UsedPrefixes(quads, options.ResourceBase);
        using (Stream stdout = Console.OpenStandardOutput())
        using (RdfWriter writer = format.CreateWriter(stdout, RdfWriterOptions.Default with { Prefixes = prefixes }))
        {
            writer.WriteAll(quads);
        }

        return files.Skipped > 0 ? 1 : 0;
    }

    /// <summary>
    /// The article's graph with its Wikidata links, as <c>kg ingest</c> stores it: linked against the bundled
    /// Wikidata facts in a store of its own.
    /// </summary>
    private static List<Quad> Linked(IngestionResult result)
    {
        using var store = new MemoryQuadStore();
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            foreach (Quad q in result.Quads)
                tx.Add(q);
            tx.Commit();
        }

        using (EntityLinker linker = StoreLinker.CreateLinker(store))
            new StoreLinker(store, linker).LinkGraph(result.Graph);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        return [.. SnapshotQuads.Read(snapshot, TermIds.Any)];
    }

    /// <summary>The well-known prefixes and one per kind of minted resource (<c>person:</c>, <c>statement:</c> …), keeping
    /// only those the quads use, so the output starts with the declarations a reader needs and no others.</summary>
    private static PrefixMap UsedPrefixes(List<Quad> quads, Iri resourceBase)
    {
        PrefixMap candidates = PrefixMap.WellKnown;
        foreach (string kind in (string[])["article", "graph", "person", "office", "policy", "place", "statement", "contradiction"])
            candidates = candidates.Add(kind, resourceBase.Resolve(kind + "/"));

        var iris = new HashSet<string>(StringComparer.Ordinal);
        foreach (Quad q in quads)
        {
            foreach (Term? term in (Term?[])[q.Subject, q.Predicate, q.Object, q.Graph, (q.Object as Literal)?.Datatype])
            {
                if (term is Iri iri)
                    iris.Add(iri.Value);
            }
        }

        PrefixMap used = PrefixMap.Empty;
        foreach ((string prefix, Iri ns) in candidates)
        {
            if (iris.Any(i => i.StartsWith(ns.Value, StringComparison.Ordinal)))
                used = used.Add(prefix, ns);
        }

        return used;
    }
}
