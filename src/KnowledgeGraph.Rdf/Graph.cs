using System.Collections;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// A small in-memory RDF graph: a set of triples with subject, predicate and object lookups.
/// For large data use a store from KnowledgeGraph.Storage; this type is for building and comparing graphs.
/// </summary>
public sealed class Graph : IReadOnlyCollection<Triple>
{
    private readonly HashSet<Triple> _triples = [];
    private readonly Dictionary<Term, HashSet<Triple>> _bySubject = [];
    private readonly Dictionary<Term, HashSet<Triple>> _byObject = [];
    private readonly Dictionary<Iri, HashSet<Triple>> _byPredicate = [];

    /// <summary>Creates an empty graph.</summary>
    public Graph()
    {
    }

    /// <summary>Creates a graph holding the given triples.</summary>
    public Graph(IEnumerable<Triple> triples)
    {
        ArgumentNullException.ThrowIfNull(triples);
        foreach (Triple t in triples)
        {
            Add(t);
        }
    }

    /// <inheritdoc/>
    public int Count => _triples.Count;

    /// <summary>Adds a triple; false when it was there already.</summary>
    public bool Add(Triple triple)
    {
        if (!_triples.Add(triple))
        {
            return false;
        }

        Index(_bySubject, triple.Subject).Add(triple);
        Index(_byObject, triple.Object).Add(triple);
        Index(_byPredicate, triple.Predicate).Add(triple);
        return true;
    }

    /// <summary>Adds a triple built from its parts.</summary>
    public bool Add(Term subject, Iri predicate, Term @object) => Add(new Triple(subject, predicate, @object));

    /// <summary>Removes a triple; false when it was not there.</summary>
    public bool Remove(Triple triple)
    {
        if (!_triples.Remove(triple))
        {
            return false;
        }

        Unindex(_bySubject, triple.Subject, triple);
        Unindex(_byObject, triple.Object, triple);
        Unindex(_byPredicate, triple.Predicate, triple);
        return true;
    }

    /// <summary>True when the graph holds the triple.</summary>
    public bool Contains(Triple triple) => _triples.Contains(triple);

    /// <summary>Removes every triple.</summary>
    public void Clear()
    {
        _triples.Clear();
        _bySubject.Clear();
        _byObject.Clear();
        _byPredicate.Clear();
    }

    /// <summary>The triples matching a pattern; a null position matches anything.</summary>
    public IEnumerable<Triple> Match(Term? subject = null, Iri? predicate = null, Term? @object = null)
    {
        IEnumerable<Triple> candidates =
            subject is not null ? Lookup(_bySubject, subject)
            : @object is not null ? Lookup(_byObject, @object)
            : predicate is not null ? Lookup(_byPredicate, predicate)
            : _triples;
        foreach (Triple t in candidates)
        {
            if ((subject is null || t.Subject.Equals(subject))
                && (predicate is null || t.Predicate.Equals(predicate))
                && (@object is null || t.Object.Equals(@object)))
            {
                yield return t;
            }
        }
    }

    /// <inheritdoc/>
    public IEnumerator<Triple> GetEnumerator() => _triples.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static HashSet<Triple> Index<TKey>(Dictionary<TKey, HashSet<Triple>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out HashSet<Triple>? set))
        {
            set = [];
            index.Add(key, set);
        }

        return set;
    }

    private static void Unindex<TKey>(Dictionary<TKey, HashSet<Triple>> index, TKey key, Triple triple)
        where TKey : notnull
    {
        if (index.TryGetValue(key, out HashSet<Triple>? set) && set.Remove(triple) && set.Count == 0)
        {
            index.Remove(key);
        }
    }

    private static IEnumerable<Triple> Lookup<TKey>(Dictionary<TKey, HashSet<Triple>> index, TKey key)
        where TKey : notnull =>
        index.TryGetValue(key, out HashSet<Triple>? set) ? set : [];
}
