using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg demo</c>: the main job in one command. Ingests the bundled German and English articles of <c>data/articles</c>
/// into a store (once: a store that exists is reused), linked to the bundled Wikidata facts, and serves the store
/// with its query page.
/// </summary>
internal static class DemoCommand
{
    private static readonly string[] ExampleQueries =
    [
        """
        # Persons and the offices they hold
        PREFIX kgo: <https://w3id.org/knowledge-graph/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?person ?office WHERE {
          ?p a kgo:Person ; rdfs:label ?person ; kgo:holdsOffice ?o .
          ?o rdfs:label ?office . FILTER(LANG(?person) = "en" && LANG(?office) = "en")
        }
        """,
        """
        # Who said what, and when
        PREFIX kgo: <https://w3id.org/knowledge-graph/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?speaker ?text ?date WHERE {
          ?s a kgo:Statement ; kgo:speaker/rdfs:label ?speaker ; kgo:text ?text .
          OPTIONAL { ?s kgo:statedOn ?date } FILTER(LANG(?speaker) = "en")
        }
        """,
        """
        # Statements that contradict each other
        PREFIX kgo: <https://w3id.org/knowledge-graph/ontology#>
        SELECT ?a ?b WHERE { ?x kgo:contradicts ?y ; kgo:text ?a . ?y kgo:text ?b . FILTER(STR(?x) < STR(?y)) }
        """,
    ];

    public static Command Create()
    {
        var store = new Option<string>("--store", "-s") { Description = "Where the demo store lives (reused when it exists).", DefaultValueFactory = _ => Path.Combine(".kg", "demo-store") };
        var port = new Option<int>("--port", "-p") { Description = "TCP port of the endpoint.", DefaultValueFactory = _ => 7878 };
        var articles = new Option<string?>("--articles") { Description = "Folder of articles to ingest (default: the repository's data/articles)." };
        var command = new Command("demo", "Ingest the bundled articles into a store (once), link them to Wikidata, and serve them at http://127.0.0.1:PORT/.")
        {
            store, port, articles,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(store)!, parse.GetValue(port), parse.GetValue(articles), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string storeDir, int port, string? articles, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(storeDir))
        {
            string source = articles ?? FindBundledArticles();
            Console.Error.WriteLine($"kg: building the demo store in {storeDir} from {source}");
            // Ingestion links each article to the bundled Wikidata facts as it stores it.
            int ingested = await Invoke(["ingest", "--store", storeDir, source], cancellationToken).ConfigureAwait(false);
            if (ingested != 0 && !Directory.Exists(storeDir))
            {
                return ingested;
            }
        }
        else
        {
            Console.Error.WriteLine($"kg: reusing the demo store in {storeDir} (delete the folder to rebuild it)");
        }

        Console.WriteLine($"Query page: http://127.0.0.1:{port}/   SPARQL endpoint: http://127.0.0.1:{port}/sparql");
        Console.WriteLine("Three queries to try there (or with: kg query --store " + storeDir + " --query '...'):");
        foreach (string q in ExampleQueries)
        {
            Console.WriteLine();
            Console.WriteLine(q);
        }

        Console.WriteLine();
        return await Invoke(["serve", "--store", storeDir, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], cancellationToken)
            .ConfigureAwait(false);
    }

    private static Task<int> Invoke(string[] args, CancellationToken cancellationToken) =>
        KgApplication.CreateRoot().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellationToken);

    /// <summary>data/articles in the current folder, or in the repository the program was built from.</summary>
    private static string FindBundledArticles()
    {
        string local = Path.Combine("data", "articles");
        if (Directory.Exists(local))
        {
            return local;
        }

        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, "data", "articles");
            if (File.Exists(Path.Combine(d.FullName, "KnowledgeGraph.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new CliException("kg: cannot find the bundled articles (data/articles); run from the repository or give --articles");
    }
}
