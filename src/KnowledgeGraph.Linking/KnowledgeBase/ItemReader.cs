using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Linking.KnowledgeBase;

/// <summary>
/// Reads items back from the triples of a Wikidata graph (the inverse of <see cref="ItemQuads"/>), in one streaming
/// pass: item facts go to per-item builders, statement nodes are joined to their items at the end.
/// </summary>
internal sealed class ItemReader
{
    private readonly Dictionary<string, Builder> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<Term, StatementNode> _statements = [];
    private readonly List<(string Qid, Term Node)> _claims = [];

    /// <summary>The items of <paramref name="graph"/> in a store snapshot.</summary>
    public static List<WikidataItem> Read(IQuadSnapshot snapshot, Iri graph, CancellationToken cancellationToken = default)
    {
        var reader = new ItemReader();
        if (snapshot.TryGetId(graph, out long g))
        {
            foreach (EncodedQuad q in snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, g))
            {
                cancellationToken.ThrowIfCancellationRequested();
                reader.Add(snapshot.GetTerm(q.Subject), (Iri)snapshot.GetTerm(q.Predicate), snapshot.GetTerm(q.Object));
            }
        }
        return reader.Build();
    }

    /// <summary>The items described by some triples (the graph names are ignored).</summary>
    public static List<WikidataItem> Read(IEnumerable<Quad> quads)
    {
        var reader = new ItemReader();
        foreach (Quad q in quads)
            reader.Add(q.Subject, q.Predicate, q.Object);
        return reader.Build();
    }

    private void Add(Term subject, Iri predicate, Term o)
    {
        if (predicate.Equals(WikidataTerms.PositionHeldValue) || predicate.Equals(WikidataTerms.StartTime) || predicate.Equals(WikidataTerms.EndTime))
        {
            if (!_statements.TryGetValue(subject, out StatementNode? node))
                _statements[subject] = node = new StatementNode();
            if (predicate.Equals(WikidataTerms.PositionHeldValue))
                node.Position = WikidataTerms.QidOf(o);
            else if (o is Literal lit && predicate.Equals(WikidataTerms.StartTime))
                node.Start = ItemQuads.ParseDate(lit.LexicalForm);
            else if (o is Literal lit2)
                node.End = ItemQuads.ParseDate(lit2.LexicalForm);
            return;
        }
        if (WikidataTerms.QidOf(subject) is not { } qid)
            return;
        if (!_items.TryGetValue(qid, out Builder? b))
            _items[qid] = b = new Builder(qid);

        if (predicate.Equals(Vocabulary.Rdfs.Label) && o is Literal { Language: { } l1 } label)
            b.Labels.TryAdd(l1, label.LexicalForm);
        else if (predicate.Equals(Vocabulary.Skos.AltLabel) && o is Literal { Language: { } l2 } alias)
        {
            if (!b.Aliases.TryGetValue(l2, out List<string>? list))
                b.Aliases[l2] = list = [];
            list.Add(alias.LexicalForm);
        }
        else if (predicate.Equals(WikidataTerms.Demonym) && o is Literal { Language: { } l4 } demonym)
        {
            if (!b.Demonyms.TryGetValue(l4, out List<string>? list))
                b.Demonyms[l4] = list = [];
            list.Add(demonym.LexicalForm);
        }
        else if (predicate.Equals(WikidataTerms.Description) && o is Literal { Language: { } l3 } description)
            b.Descriptions.TryAdd(l3, description.LexicalForm);
        else if (predicate.Equals(WikidataTerms.InstanceOf))
            AddQid(b.InstanceOf, o);
        else if (predicate.Equals(WikidataTerms.Country))
            AddQid(b.Countries, o);
        else if (predicate.Equals(WikidataTerms.Jurisdiction))
            AddQid(b.Jurisdictions, o);
        else if (predicate.Equals(WikidataTerms.PositionHeldDirect))
            AddQid(b.DirectPositions, o);
        else if (predicate.Equals(WikidataTerms.PositionHeldClaim))
            _claims.Add((qid, o));
        else if (predicate.Equals(WikidataTerms.Sitelinks) && o is Literal n
                 && int.TryParse(n.LexicalForm, NumberStyles.Integer, CultureInfo.InvariantCulture, out int count))
            b.Sitelinks = count;
        else if (predicate.Equals(WikidataTerms.Source) && o is Literal source)
            b.Sources.Add(source.LexicalForm);
    }

    private List<WikidataItem> Build()
    {
        foreach ((string qid, Term node) in _claims)
        {
            if (_statements.TryGetValue(node, out StatementNode? s) && s.Position is { } position)
            {
                string? id = node is Iri iri && iri.Value.StartsWith(WikidataTerms.StatementNamespace.Value, StringComparison.Ordinal)
                    ? iri.Value[WikidataTerms.StatementNamespace.Value.Length..] : null;
                _items[qid].Positions.Add(new PositionHeld(position, s.Start, s.End, id));
            }
        }
        // A truthy wdt:P39 without a full statement still says the position was held, at unknown dates.
        foreach (Builder b in _items.Values)
        {
            foreach (string position in b.DirectPositions)
            {
                if (!b.Positions.Any(p => p.PositionQid == position))
                    b.Positions.Add(new PositionHeld(position, null, null));
            }
        }
        return [.. _items.Values.OrderBy(b => b.Qid, StringComparer.Ordinal).Select(b => b.Build())];
    }

    private static void AddQid(List<string> list, Term o)
    {
        if (WikidataTerms.QidOf(o) is { } qid && !list.Contains(qid))
            list.Add(qid);
    }

    private sealed class StatementNode
    {
        public string? Position { get; set; }
        public DateOnly? Start { get; set; }
        public DateOnly? End { get; set; }
    }

    private sealed class Builder(string qid)
    {
        public string Qid => qid;
        public Dictionary<string, string> Labels { get; } = [];
        public Dictionary<string, List<string>> Aliases { get; } = [];
        public Dictionary<string, string> Descriptions { get; } = [];
        public Dictionary<string, List<string>> Demonyms { get; } = [];
        public List<string> InstanceOf { get; } = [];
        public List<string> Countries { get; } = [];
        public List<string> Jurisdictions { get; } = [];
        public List<string> DirectPositions { get; } = [];
        public List<PositionHeld> Positions { get; } = [];
        public List<string> Sources { get; } = [];
        public int? Sitelinks { get; set; }

        public WikidataItem Build() => new(qid)
        {
            Labels = Labels,
            Aliases = Aliases.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value),
            Descriptions = Descriptions,
            Demonyms = Demonyms.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value),
            InstanceOf = InstanceOf,
            Countries = Countries,
            Jurisdictions = Jurisdictions,
            Positions = Positions,
            Sitelinks = Sitelinks,
            Sources = Sources,
        };
    }
}
