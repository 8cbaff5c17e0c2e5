namespace KnowledgeGraph.Rdf.Formats.Writing;

/// <summary>
/// The whole input of a pretty Turtle or TriG writer, kept compactly: every distinct term once (a dictionary to an
/// int id) and every quad as four ints (16 bytes), so a repeated IRI or literal costs 4 bytes per use, not a
/// reference plus object. Blank nodes that occur inside RDF 1.2 triple terms get ids too, and are remembered,
/// because they must keep a label.
/// </summary>
internal sealed class QuadBuffer
{
    /// <summary>The graph id of the default graph.</summary>
    public const int DefaultGraph = -1;

    private readonly Dictionary<Term, int> _ids = [];
    private readonly List<Term> _terms = [];
    private readonly List<int> _quotedBlankNodes = [];
    private Row[] _rows = new Row[1024];

    public int TermCount => _terms.Count;

    public int RowCount { get; private set; }

    public Span<Row> Rows => _rows.AsSpan(0, RowCount);

    /// <summary>Blank nodes that occur inside triple terms.</summary>
    public IReadOnlyList<int> QuotedBlankNodes => _quotedBlankNodes;

    public Term this[int id] => _terms[id];

    public void Add(in Quad quad)
    {
        if (RowCount == _rows.Length)
        {
            Array.Resize(ref _rows, _rows.Length * 2);
        }

        _rows[RowCount++] = new Row(
            Intern(quad.Subject),
            Intern(quad.Predicate),
            Intern(quad.Object),
            quad.Graph is null ? DefaultGraph : Intern(quad.Graph));
    }

    public int IdOf(Term term) => _ids[term];

    public bool TryGetId(Term term, out int id) => _ids.TryGetValue(term, out id);

    /// <summary>Drops consecutive duplicates (call after sorting) so a statement given twice is written once.</summary>
    public void RemoveAdjacentDuplicates()
    {
        Span<Row> rows = Rows;
        int kept = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            if (kept == 0 || rows[i] != rows[kept - 1])
            {
                rows[kept++] = rows[i];
            }
        }

        RowCount = kept;
    }

    private int Intern(Term term)
    {
        if (_ids.TryGetValue(term, out int id))
        {
            return id;
        }

        id = _terms.Count;
        _ids.Add(term, id);
        _terms.Add(term);
        if (term is TripleTerm tripleTerm)
        {
            InternQuoted(tripleTerm.Triple.Subject);
            InternQuoted(tripleTerm.Triple.Object);
        }

        return id;
    }

    private void InternQuoted(Term term)
    {
        if (term is BlankNode)
        {
            _quotedBlankNodes.Add(Intern(term));
        }
        else if (term is TripleTerm)
        {
            Intern(term);
        }
    }

    /// <summary>A quad as term ids; <see cref="G"/> is <see cref="DefaultGraph"/> for the default graph.</summary>
    internal readonly record struct Row(int S, int P, int O, int G);
}
