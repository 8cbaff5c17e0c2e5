using KnowledgeGraph.Linking.KnowledgeBase;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;

namespace KnowledgeGraph.Linking.Import;

/// <summary>
/// Imports Wikidata facts into a named graph of a store (<c>kg wikidata import</c>), in the model the linker reads
/// (see <see cref="WikidataKnowledgeBase"/>): JSON dumps and SPARQL results stream in batches; the small verified
/// tables are merged by QID first, so that one item described by several tables gets one label per language.
/// </summary>
public sealed class WikidataImporter
{
    private readonly WikidataImportOptions _options;

    /// <summary>Creates an importer (defaults when <paramref name="options"/> is null).</summary>
    public WikidataImporter(WikidataImportOptions? options = null)
    {
        _options = options ?? WikidataImportOptions.Default;
        if (_options.BatchSize < 1)
            throw new ArgumentOutOfRangeException(nameof(options), "BatchSize must be at least 1.");
    }

    /// <summary>The file names of the verified tables, in the order <see cref="BuildVerifiedBase"/> reads them.</summary>
    public static IReadOnlyList<string> VerifiedTableFiles { get; } =
    [
        "entities.tsv",
        "us_politicians_qid.tsv",
        "everypolitician/de_bundestag_cabinet_subset.csv",
        "everypolitician/mx_deputies_cabinet.csv",
        "everypolitician/us_house_cabinet_post1945_subset.csv",
        "everypolitician/us_senate_positions_excerpt.csv",
        "curated.tsv",
    ];

    /// <summary>Guesses the kind of a file from its name (compression extensions aside) and, for <c>.json</c>, its first byte.</summary>
    public static WikidataSourceKind DetectKind(string path)
    {
        string name = InputFile.InnerName(path).ToLowerInvariant();
        if (name.EndsWith(".tsv", StringComparison.Ordinal) || name.EndsWith(".csv", StringComparison.Ordinal))
            return WikidataSourceKind.Table;
        if (name.EndsWith(".srj", StringComparison.Ordinal))
            return WikidataSourceKind.SparqlResults;
        if (RdfFormats.TryFindByExtension(name, out _))
            return WikidataSourceKind.Rdf;
        if (name.EndsWith(".json", StringComparison.Ordinal) || name.EndsWith(".ndjson", StringComparison.Ordinal))
        {
            // A dump is an array ('[') or bare entity lines; SPARQL results are one object with "head".
            using Stream s = InputFile.Open(path);
            using var reader = new StreamReader(s);
            int c;
            while ((c = reader.Read()) >= 0 && char.IsWhiteSpace((char)c))
            {
            }
            if (c == '{')
            {
                char[] head = new char[256];
                int n = reader.Read(head, 0, head.Length);
                string start = new(head, 0, n);
                return start.Contains("\"head\"", StringComparison.Ordinal) || start.Contains("\"results\"", StringComparison.Ordinal)
                    ? WikidataSourceKind.SparqlResults : WikidataSourceKind.JsonDump;
            }
            return WikidataSourceKind.JsonDump;
        }
        throw new WikidataFormatException(path, 1, 1,
            "expected a Wikidata JSON dump (.json, .json.gz, .json.bz2), SPARQL JSON results (.srj or .json), a table (.tsv, .csv) or RDF (.nq, .nt, .ttl, .trig)");
    }

    /// <summary>Streams the items of one file.</summary>
    public IEnumerable<WikidataItem> ReadItems(string path, CancellationToken cancellationToken = default)
    {
        WikidataSourceKind kind = DetectKind(path);
        using Stream stream = InputFile.Open(path);
        IEnumerable<WikidataItem> items = kind switch
        {
            WikidataSourceKind.JsonDump => JsonDumpReader.Read(stream, path, _options.Languages, _options.OnError, cancellationToken),
            WikidataSourceKind.SparqlResults => SparqlResultsReader.Read(stream, path, _options.Languages, cancellationToken),
            WikidataSourceKind.Table => TableReader.Read(stream, path),
            _ => ReadRdf(stream, path),
        };
        foreach (WikidataItem item in items)
            yield return item;
    }

    /// <summary>Imports files into the store's Wikidata graph.</summary>
    public ImportSummary Import(IQuadStore store, IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(paths);
        int files = 0;
        long items = 0, added = 0;
        var tables = new List<string>();
        foreach (string path in paths)
        {
            files++;
            if (DetectKind(path) == WikidataSourceKind.Table)
            {
                tables.Add(path);
                continue;
            }
            (long i, long a) = Write(store, ReadItems(path, cancellationToken), cancellationToken);
            items += i;
            added += a;
        }
        if (tables.Count > 0)
        {
            (long i, long a) = Write(store, MergeByQid(tables.SelectMany(t => ReadItems(t, cancellationToken))), cancellationToken);
            items += i;
            added += a;
        }
        return new ImportSummary(files, items, added);
    }

    /// <summary>Imports the verified base that ships in this assembly (the default offline base).</summary>
    public ImportSummary ImportDefaultBase(IQuadStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        (long i, long a) = Write(store, WikidataKnowledgeBase.Default.Items.OrderBy(x => x.Qid, StringComparer.Ordinal), cancellationToken);
        return new ImportSummary(0, i, a);
    }

    /// <summary>Reads the verified tables from a <c>data/wikidata</c> directory and merges them by QID: the items of
    /// the shipped base, in QID order.</summary>
    public IReadOnlyList<WikidataItem> BuildVerifiedBase(string directory, CancellationToken cancellationToken = default) =>
        [.. MergeByQid(VerifiedTableFiles.SelectMany(f => ReadItems(Path.Combine(directory, f), cancellationToken)))];

    /// <summary>The quads of items in this importer's graph, in the Wikidata RDF model.</summary>
    public IEnumerable<Quad> ToQuads(IEnumerable<WikidataItem> items) => items.SelectMany(i => ItemQuads.For(i, _options.Graph));

    private (long Items, long Added) Write(IQuadStore store, IEnumerable<WikidataItem> items, CancellationToken cancellationToken)
    {
        long count = 0, added = 0;
        IQuadTransaction? tx = null;
        try
        {
            int inBatch = 0;
            foreach (WikidataItem item in items)
            {
                tx ??= store.BeginTransaction(cancellationToken);
                foreach (Quad q in ItemQuads.For(item, _options.Graph))
                {
                    if (tx.Add(q))
                        added++;
                }
                count++;
                if (++inBatch == _options.BatchSize)
                {
                    tx.Commit();
                    tx.Dispose();
                    tx = null;
                    inBatch = 0;
                    _options.Progress?.Invoke(count);
                }
            }
            if (tx is not null)
            {
                tx.Commit();
                _options.Progress?.Invoke(count);
            }
        }
        finally
        {
            tx?.Dispose();
        }
        return (count, added);
    }

    private static IEnumerable<WikidataItem> MergeByQid(IEnumerable<WikidataItem> items)
    {
        var merged = new Dictionary<string, WikidataItem>(StringComparer.Ordinal);
        foreach (WikidataItem item in items)
            merged[item.Qid] = merged.TryGetValue(item.Qid, out WikidataItem? known) ? known.Merge(item) : item;
        return merged.Values.OrderBy(i => i.Qid, StringComparer.Ordinal);
    }

    private static IEnumerable<WikidataItem> ReadRdf(Stream stream, string path)
    {
        RdfFormats.TryFindByExtension(InputFile.InnerName(path), out RdfFormat? format);
        RdfParser parser = format!.CreateParser(RdfParserOptions.Default with { SourceName = path });
        return ItemReader.Read(parser.Parse(stream));
    }
}
