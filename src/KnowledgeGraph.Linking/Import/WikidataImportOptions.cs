using KnowledgeGraph.Linking.KnowledgeBase;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Linking.Import;

/// <summary>Immutable settings of a <see cref="WikidataImporter"/>.</summary>
public sealed record WikidataImportOptions
{
    /// <summary>The defaults: graph <see cref="WikidataGraph.Default"/>, German and English terms, 5,000 items per transaction.</summary>
    public static WikidataImportOptions Default { get; } = new();

    /// <summary>The named graph to write.</summary>
    public Iri Graph { get; init; } = WikidataGraph.Default;

    /// <summary>The languages whose labels, aliases and descriptions are kept.</summary>
    public IReadOnlySet<string> Languages { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "de", "en" };

    /// <summary>Items written per transaction.</summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>When set, malformed dump lines are reported here and skipped; otherwise they throw.</summary>
    public Action<WikidataFormatException>? OnError { get; init; }

    /// <summary>Called after each committed batch with the number of items imported so far.</summary>
    public Action<long>? Progress { get; init; }
}
