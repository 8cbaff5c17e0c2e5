using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// An immutable map from prefixes to namespace IRIs, as Turtle's <c>@prefix</c> and SPARQL's <c>PREFIX</c> declare them.
/// </summary>
public sealed class PrefixMap : IReadOnlyCollection<KeyValuePair<string, Iri>>
{
    private readonly ImmutableSortedDictionary<string, Iri> _map;

    private PrefixMap(ImmutableSortedDictionary<string, Iri> map) => _map = map;

    /// <summary>No prefixes.</summary>
    public static PrefixMap Empty { get; } = new(ImmutableSortedDictionary.Create<string, Iri>(StringComparer.Ordinal));

    /// <summary>
    /// The well-known prefixes: rdf, rdfs, xsd, owl, schema, prov, skos, dcterms, foaf, org, wd, wdt, p, ps, pq, sh, kgo.
    /// </summary>
    public static PrefixMap WellKnown { get; } = Vocabulary.All.Aggregate(Empty, (m, v) => m.Add(v.Prefix, v.Namespace));

    /// <inheritdoc/>
    public int Count => _map.Count;

    /// <summary>The namespace bound to a prefix (empty string: the default prefix).</summary>
    public bool TryGetNamespace(string prefix, [NotNullWhen(true)] out Iri? ns) => _map.TryGetValue(prefix, out ns);

    /// <summary>A map with the prefix bound (or re-bound) to the namespace.</summary>
    public PrefixMap Add(string prefix, Iri ns)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(ns);
        return new PrefixMap(_map.SetItem(prefix, ns));
    }

    /// <summary>A map with every binding of <paramref name="other"/> added, the other's winning on conflicts.</summary>
    public PrefixMap AddRange(PrefixMap other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new PrefixMap(_map.SetItems(other._map));
    }

    /// <summary>Expands <c>prefix:local</c> to an IRI string, or returns false when the prefix is unknown.</summary>
    public bool TryExpand(string prefixedName, [NotNullWhen(true)] out string? iri)
    {
        ArgumentNullException.ThrowIfNull(prefixedName);
        int colon = prefixedName.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && _map.TryGetValue(prefixedName[..colon], out Iri? ns))
        {
            iri = ns.Value + prefixedName[(colon + 1)..];
            return true;
        }

        iri = null;
        return false;
    }

    /// <summary>
    /// Finds the prefix whose namespace is the longest start of the IRI. The local part is not checked against any
    /// syntax; writers check that it is a valid local name in their format.
    /// </summary>
    public bool TryAbbreviate(Iri iri, [NotNullWhen(true)] out string? prefix, [NotNullWhen(true)] out string? localName)
    {
        ArgumentNullException.ThrowIfNull(iri);
        prefix = null;
        localName = null;
        int best = -1;
        foreach ((string p, Iri ns) in _map)
        {
            if (ns.Value.Length > best && iri.Value.StartsWith(ns.Value, StringComparison.Ordinal))
            {
                best = ns.Value.Length;
                prefix = p;
            }
        }

        if (prefix is null)
        {
            return false;
        }

        localName = iri.Value[best..];
        return true;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, Iri>> GetEnumerator() => _map.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
