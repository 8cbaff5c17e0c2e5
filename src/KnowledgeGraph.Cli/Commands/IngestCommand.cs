using System.CommandLine;
using Humanizer;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Ingestion.Ontology;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Linking;
using KnowledgeGraph.Linking.Store;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using RdfTerms = KnowledgeGraph.Rdf.Vocabularies.Vocabulary.Rdf;
using KnowledgeGraph.Storage;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg ingest</c>: extracts persons, offices, statements, policies and contradictions from German and English articles
/// into a store, one named graph per article. Each article is written in its own transaction that drops the article's
/// previous graph and adds the new one, so re-ingesting replaces instead of duplicating, and a failure leaves every
/// graph already in the store as it was.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Article files ({ArticleFiles.Extensions}) or directories of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = new Option<string>("--store", "-s") { Description = "The store directory (created when missing).", Required = true };
        var lang = new Option<string>("--lang") { Description = "The articles' language: auto (metadata, else detection), de or en.", DefaultValueFactory = _ => "auto" };
        var date = new Option<string?>("--date") { Description = "Date (YYYY-MM-DD) of articles whose metadata has none; weekday words resolve against it." };
        var baseIri = new Option<string?>("--base") { Description = $"Base IRI resources are minted under (default: {Kgo.DefaultResourceBase.Value})." };

        var command = new Command("ingest", "Extract a knowledge graph from news articles into a store, one named graph per article.\n"
            + "Unreadable or empty inputs are reported and skipped (exit code 1); the rest is stored.")
        {
            paths, store, lang, date, baseIri,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(paths)!,
            parse.GetValue(store)!,
            IngestionArguments.Parse(parse.GetValue(lang)!, parse.GetValue(date), parse.GetValue(baseIri)),
            cancellationToken)));
        return command;
    }

    private static int Run(string[] paths, string storeDir, IngestionOptions options, CancellationToken cancellationToken)
    {
        var files = new ArticleFiles(Console.Error);
        List<ArticleInput> articles = files.Read(paths);
        var ingestor = new ArticleIngestor(options);
        var tally = new Tally();
        // Messages found while the progress bar is drawn would tear it; they are printed after it.
        var messages = new List<string>();
        var graphs = new Dictionary<Iri, ArticleInput>();

        // A store made by ingestion records the union default graph (SPARQL 1.1 Query §13.1): each article is its own graph.
        using (RocksDbQuadStore store = StoreLocation.Open(storeDir, mustExist: false, unionDefaultGraph: true))
        using (EntityLinker linker = StoreLinker.CreateLinker(store))
        {
            // Ingestion links as it goes (issue 7): each stored article's entities get their Wikidata links or NIL records.
            var storeLinker = new StoreLinker(store, linker);
            WithProgress(articles.Count, advance =>
            {
                foreach (ArticleInput article in articles)
                {
                    if (cancellationToken.IsCancellationRequested)
                        break;
                    advance(article.Title ?? article.Id);
                    IngestionResult? result = Extract(ingestor, article, messages);
                    if (result is null)
                        continue;
                    if (graphs.TryGetValue(result.Graph, out ArticleInput? earlier))
                        messages.Add($"kg: {Name(article)} has the same article id '{article.Id}' as {Name(earlier)}; its graph replaces the earlier one");
                    graphs[result.Graph] = article;
                    tally.Add(result, Replace(store, result));
                    storeLinker.LinkGraph(result.Graph, cancellationToken);
                }
            });
        }

        foreach (string message in messages)
            Console.Error.WriteLine(message);
        Console.WriteLine(tally.Summary());
        if (cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine("kg: interrupted; the articles ingested so far are stored");
            return 130;
        }

        return files.Skipped + tally.Failed > 0 ? 1 : 0;

        IngestionResult? Extract(ArticleIngestor ingestor, ArticleInput article, List<string> messages)
        {
            try
            {
                return ingestor.Ingest(article);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // An article the extractor cannot handle must not cost the others: it is reported and skipped.
                tally.Failed++;
                messages.Add($"kg: {Name(article)}: cannot extract the article '{article.Id}': {e.Message} (skipped)");
                return null;
            }
        }
    }

    /// <summary>Replaces the article's graph in one transaction; true when a graph of that name was there before.</summary>
    private static bool Replace(IQuadStore store, IngestionResult result)
    {
        using IQuadTransaction tx = store.BeginTransaction();
        bool replaced = tx.DropGraph(result.Graph);
        foreach (Quad quad in result.Quads)
            tx.Add(quad);
        tx.Commit();
        return replaced;
    }

    private static string Name(ArticleInput article) => $"'{article.SourcePath ?? article.Id}'";

    /// <summary>A progress bar on standard error over <paramref name="total"/> articles, drawn only on a terminal.</summary>
    private static void WithProgress(int total, Action<Action<string>> work)
    {
        if (Console.IsErrorRedirected || total < 2)
        {
            work(_ => { });
            return;
        }

        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("Ingesting", maxValue: total);
                bool first = true;
                work(current =>
                {
                    if (!first)
                        task.Increment(1);
                    first = false;
                    task.Description = Markup.Escape(current.Truncate(40));
                });
                task.Value = total;
            });
    }

    /// <summary>What one run ingested, for the closing summary.</summary>
    private sealed class Tally
    {
        private readonly HashSet<Term> _persons = [];

        public int Articles { get; private set; }

        public int Replaced { get; private set; }

        public int Statements { get; private set; }

        public int Contradictions { get; private set; }

        public int Failed { get; set; }

        public void Add(IngestionResult result, bool replaced)
        {
            Articles++;
            if (replaced)
                Replaced++;
            Statements += result.Analysis.Statements.Count;
            Contradictions += result.Analysis.Contradictions.Count;
            foreach (Quad q in result.Quads)
            {
                if (q.Predicate == RdfTerms.Type && q.Object == Kgo.Person)
                    _persons.Add(q.Subject);
            }
        }

        /// <summary>"3 articles (1 replaced), 4 persons, 9 statements, 1 contradiction".</summary>
        public string Summary()
        {
            string articles = "article".ToQuantity(Articles) + (Replaced > 0 ? $" ({Replaced} replaced)" : "");
            // Humanizer pluralizes "person" as "people"; the ontology's class is Person, so the count says persons.
            string persons = _persons.Count == 1 ? "1 person" : $"{_persons.Count} persons";
            return $"{articles}, {persons}, {"statement".ToQuantity(Statements)}, {"contradiction".ToQuantity(Contradictions)}";
        }
    }
}
