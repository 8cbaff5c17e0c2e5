using KnowledgeGraph.Ingestion.Extraction;
using KnowledgeGraph.Ingestion.Extraction.De;
using KnowledgeGraph.Ingestion.Extraction.En;
using KnowledgeGraph.Ingestion.Lexicons;
using KnowledgeGraph.Ingestion.Provenance;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>
/// Turns German and English news articles into quads of the KnowledgeGraph ontology, one named graph per article.
/// Thread-safe; no store involved (callers replace the article's graph in their store with the result).
/// </summary>
public sealed class ArticleIngestor
{
    private readonly IngestionOptions _options;
    private readonly ResourceNamer _names;

    /// <summary>Creates an ingestor with the given options (defaults when null).</summary>
    public ArticleIngestor(IngestionOptions? options = null)
    {
        _options = options ?? IngestionOptions.Default;
        if (_options.Language is not (null or "de" or "en"))
            throw new ArgumentException($"Language must be \"de\", \"en\" or null, not \"{_options.Language}\".", nameof(options));
        string b = _options.ResourceBase.Value;
        if (!b.EndsWith('/') && !b.EndsWith('#'))
            throw new ArgumentException($"The resource base <{b}> must end with '/' or '#'.", nameof(options));
        _names = new ResourceNamer(_options.ResourceBase);
    }

    /// <summary>Extracts one article and builds its graph.</summary>
    public IngestionResult Ingest(ArticleInput article)
    {
        ArgumentNullException.ThrowIfNull(article);
        string language = _options.Language ?? article.Language ?? LanguageDetector.Detect(article.Text);
        DateOnly? date = article.Date ?? _options.Date;
        Grammar grammar = language == "de" ? GermanGrammar.Instance : EnglishGrammar.Instance;
        ArticleAnalysis analysis = new ArticleExtractor(Lexicon.Default, grammar).Extract(article.Text, date);
        List<Quad> quads = new GraphEmitter(_names).Emit(article, language, date, analysis, out Iri graph, out Iri articleIri);
        return new IngestionResult(article, language, graph, articleIri, quads, analysis);
    }

    /// <summary>Reads and ingests every article under a path (file or directory). Files that cannot be read are
    /// reported to <paramref name="onError"/> (path and exception) and skipped; without a handler they throw.</summary>
    public IEnumerable<IngestionResult> IngestPath(string path, Action<string, Exception>? onError = null)
    {
        foreach (string file in ArticleReader.EnumerateFiles(path))
        {
            IReadOnlyList<ArticleInput> articles;
            try
            {
                articles = ArticleReader.ReadFile(file);
            }
            catch (Exception e) when (onError is not null && e is IOException or UnauthorizedAccessException or ArticleFormatException)
            {
                onError(file, e);
                continue;
            }
            foreach (ArticleInput article in articles)
            {
                if (string.IsNullOrWhiteSpace(article.Text))
                {
                    var empty = new ArticleFormatException(file, 1, 1, "the article has no text.");
                    if (onError is null)
                        throw empty;
                    onError(file, empty);
                    continue;
                }
                yield return Ingest(article);
            }
        }
    }
}
