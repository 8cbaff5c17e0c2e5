using System.CommandLine;
using Humanizer;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats</c>: what a store holds — graphs, quads, subjects, top predicates and classes, size on disk.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var store = new Option<string>("--store", "-s") { Description = "The store directory.", Required = true };
        var top = new Option<int>("--top") { Description = "How many predicates and classes to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("stats", "Show what a store holds.") { store, top };
        command.SetAction(parse => Run(parse.GetValue(store)!, parse.GetValue(top)));
        return command;
    }

    private static int Run(string storeDir, int top)
    {
        using RocksDbQuadStore store = StoreLocation.Open(storeDir, mustExist: true);
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        // Counts the store keeps (per-predicate statistics) and id-only scans: no term is decoded but those printed.
        long quads = snapshot.QuadCount;
        IReadOnlyList<(long Predicate, PredicateStatistics Statistics)> predicates = SnapshotStatistics.Predicates(snapshot);
        long subjects = SnapshotStatistics.DistinctSubjects(snapshot);
        var classes = new Dictionary<long, long>();
        if (snapshot.TryGetId(KnowledgeGraph.Rdf.Vocabularies.Vocabulary.Rdf.Type, out long type))
        {
            foreach (EncodedQuad q in snapshot.Match(TermIds.Any, type, TermIds.Any, TermIds.Any))
            {
                classes[q.Object] = classes.GetValueOrDefault(q.Object) + 1;
            }
        }

        int graphs = snapshot.NamedGraphs().Count();
        long bytes = new DirectoryInfo(storeDir).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        PrefixMap prefixes = PrefixMap.WellKnown;
        Console.WriteLine($"Store:              {Path.GetFullPath(storeDir)}");
        Console.WriteLine($"Quads:              {quads:N0}");
        Console.WriteLine($"Named graphs:       {graphs:N0}");
        Console.WriteLine($"Distinct subjects:  {subjects:N0}");
        Console.WriteLine($"Distinct predicates:{predicates.Count,8:N0}");
        Console.WriteLine($"Size on disk:       {bytes.Bytes().Humanize("0.#")}");
        Console.WriteLine($"Default graph:      {(store.RecordedUnionDefaultGraph ? "the union of all graphs" : "its own")} (recorded; --union-default-graph overrides it for one run)");
        Console.WriteLine();
        Console.WriteLine($"Top predicates:");
        foreach ((long p, PredicateStatistics statistics) in predicates.Take(top))
        {
            Console.WriteLine($"  {statistics.Quads,12:N0}  {Show(snapshot.GetTerm(p), prefixes)}");
        }

        if (classes.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"Top classes:");
            foreach ((long c, long n) in classes.OrderByDescending(kv => kv.Value).Take(top))
            {
                Console.WriteLine($"  {n,12:N0}  {Show(snapshot.GetTerm(c), prefixes)}");
            }
        }

        return 0;
    }

    private static string Show(Term term, PrefixMap prefixes) =>
        term is Iri iri && prefixes.TryAbbreviate(iri, out string? prefix, out string? local) ? $"{prefix}:{local}" : term.ToString();
}
