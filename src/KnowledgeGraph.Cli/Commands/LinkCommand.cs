using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Linking;
using KnowledgeGraph.Linking.Online;
using KnowledgeGraph.Linking.Store;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg link</c>: (re-)links the persons, offices and places of every article in a store to Wikidata, or explains one mention.</summary>
internal static class LinkCommand
{
    public static Command Create()
    {
        var store = new Option<string>("--store", "-s") { Description = "The store directory.", Required = true };
        var online = new Option<bool>("--online") { Description = "Ask Wikidata's API for mentions the offline base lacks (rate-limited, cached in STORE/wikidata-cache); failures fall back to offline." };
        var minConfidence = new Option<double>("--min-confidence")
        {
            Description = "Links below this confidence stay unlinked (NIL). Default 0.5.",
            DefaultValueFactory = _ => LinkerOptions.Default.MinConfidence,
        };
        var explain = new Option<string?>("--explain") { Description = "Explain how MENTION would be linked: candidates, scores and why. Nothing is written." };
        var lang = new Option<string?>("--lang") { Description = "Language of the mention and context for --explain: de or en." };
        var context = new Option<string?>("--context") { Description = "Context text for --explain (default: the first article in the store that has the mention)." };
        var command = new Command("link", "Link the entities of the store's articles to Wikidata (owl:sameAs plus a kgo:EntityLink with confidence).")
        {
            store, online, minConfidence, explain, lang, context,
        };
        command.SetAction(parse => Run(parse.GetValue(store)!, parse.GetValue(online), parse.GetValue(minConfidence),
            parse.GetValue(explain), parse.GetValue(lang), parse.GetValue(context)));
        return command;
    }

    private static int Run(string storeDir, bool online, double minConfidence, string? explain, string? lang, string? context)
    {
        if (minConfidence is < 0 or > 1 || double.IsNaN(minConfidence))
            throw new CliException($"kg: --min-confidence must be between 0 and 1, not {minConfidence.ToString(CultureInfo.InvariantCulture)}");
        if (lang is not (null or "de" or "en"))
            throw new CliException($"kg: --lang must be de or en, not '{lang}'");
        if (explain is null && (lang is not null || context is not null))
            throw new CliException("kg: --lang and --context go with --explain");
        if (!Directory.Exists(storeDir))
            throw new CliException($"kg: {storeDir}: no store there");

        using RocksDbQuadStore store = RocksDbQuadStore.Open(storeDir, QuadStoreOptions.Default);
        var options = LinkerOptions.Default with
        {
            MinConfidence = minConfidence,
            Online = online ? WikidataOnlineOptions.Default with { CacheDirectory = Path.Combine(storeDir, "wikidata-cache") } : null,
        };
        using EntityLinker linker = StoreLinker.CreateLinker(store, options);
        var storeLinker = new StoreLinker(store, linker);
        if (explain is not null)
        {
            if (string.IsNullOrWhiteSpace(explain))
                throw new CliException("kg: --explain needs a mention");
            Console.Write(storeLinker.Explain(explain, lang, context).ToString());
            return 0;
        }
        StoreLinkSummary summary = storeLinker.LinkAll();
        Console.WriteLine($"linked {summary.Linked} of {summary.Entities} entities in {summary.Articles} article(s); {summary.Nil} unlinked (NIL)"
            + (online ? $"; {linker.OnlineRequests} online request(s)" : ""));
        return 0;
    }
}
