using KnowledgeGraph.Linking.Online;

namespace KnowledgeGraph.Linking;

/// <summary>Immutable settings of an <see cref="EntityLinker"/>.</summary>
public sealed record LinkerOptions
{
    /// <summary>The defaults: offline, links at confidence 0.5 or more.</summary>
    public static LinkerOptions Default { get; } = new();

    /// <summary>Links below this confidence are NIL (<c>--min-confidence</c>); in [0, 1].</summary>
    public double MinConfidence { get; init; } = 0.5;

    /// <summary>Per language, the country whose offices a bare office name means in a text that names no country (German
    /// news write "US-Außenminister" for a foreign one, "Außenminister" for Germany's). Default: de → Q183.</summary>
    public IReadOnlyDictionary<string, string> HomeCountries { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal) { ["de"] = "Q183" };

    /// <summary>When set, mentions without a candidate in the base are looked up on Wikidata (<c>--online</c>).
    /// Failures of the service degrade to offline linking.</summary>
    public WikidataOnlineOptions? Online { get; init; }
}
