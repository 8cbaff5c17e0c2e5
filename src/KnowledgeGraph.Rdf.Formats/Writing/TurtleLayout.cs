using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Writing;

/// <summary>
/// Decides, for sorted and de-duplicated rows, which blank nodes a pretty Turtle/TriG writer can leave unlabelled:
/// <list type="bullet">
/// <item>a node that is the object of exactly one statement, occurs in one graph only, is no graph name and is not
/// inside a triple term is written inline where it is used: <c>[ … ]</c>, <c>[]</c> without properties, or
/// <c>( … )</c> when it heads a well-formed list (Turtle §2.6–§2.8);</item>
/// <item>a node that is nobody's object, under the same conditions, is written as subject <c>[]</c>, or as a
/// collection subject when it heads a list and has other properties;</item>
/// <item>everything else keeps a label.</item>
/// </list>
/// RDF 1.2 reifiers (Turtle 1.2 #reifying-triples, #annotation-syntax): a blank node that could go unlabelled and has
/// exactly one <c>rdf:reifies</c> statement, whose object is a triple term, is written
/// <list type="bullet">
/// <item>as an annotation <c>s p o {| … |}</c> (or <c>~</c> without other properties) after the statement it reifies,
/// when that statement is asserted in the same graph and the node is nobody's object;</item>
/// <item>otherwise, as a subject, as the reified triple <c>&lt;&lt; s p o &gt;&gt;</c> instead of <c>[]</c>;</item>
/// <item>as an object, as <c>&lt;&lt; s p o &gt;&gt;</c> when <c>rdf:reifies</c> is its only statement.</item>
/// </list>
/// Nodes nested in a cycle (each the single object of the next) would never be written, so one node per cycle,
/// the first in subject order, keeps a label; nesting deeper than <see cref="MaxDepth"/> levels is cut the same way,
/// so writing never recurses without bound. List chains do not count as depth.
/// </summary>
internal sealed class TurtleLayout
{
    /// <summary>How deep <c>[ … ]</c> blocks may nest before a node is written at top level with a label.</summary>
    public const int MaxDepth = 48;

    private readonly QuadBuffer _buffer;
    private readonly int[] _start;
    private readonly int[] _end;
    private readonly bool[] _nested;
    private readonly bool[] _listTail;
    private readonly bool[] _anonymousRoot;
    private readonly int _first;
    private readonly int _rest;
    private readonly int _reifies;
    private readonly int[]? _reifiesRow;
    private readonly bool[]? _annotation;
    private readonly Dictionary<int, int[]>? _annotations;

    public TurtleLayout(QuadBuffer buffer)
    {
        _buffer = buffer;
        int n = buffer.TermCount;
        ReadOnlySpan<QuadBuffer.Row> rows = buffer.Rows;
        _first = TryId(Vocabulary.Rdf.First);
        _rest = TryId(Vocabulary.Rdf.Rest);
        _reifies = TryId(Vocabulary.Rdf.Reifies);
        Nil = TryId(Vocabulary.Rdf.Nil);

        // Where each subject's rows are (for blank nodes in one graph the range is unique), how often each node is
        // an object, in which graph it occurs, and whether it must keep its label.
        _start = new int[n];
        _end = new int[n];
        int[] objectRefs = new int[n];
        int[] graphOf = new int[n];
        bool[] pinned = new bool[n];
        const int Unseen = -2;
        const int Several = -3;
        Array.Fill(graphOf, Unseen);
        for (int i = 0; i < rows.Length; i++)
        {
            QuadBuffer.Row r = rows[i];
            if (i == 0 || rows[i - 1].S != r.S || rows[i - 1].G != r.G)
            {
                _start[r.S] = i;
            }

            _end[r.S] = i + 1;
            if (objectRefs[r.O] < 2)
            {
                objectRefs[r.O]++;
            }

            Note(r.S, r.G);
            Note(r.O, r.G);
            if (r.G >= 0)
            {
                pinned[r.G] = true;
            }
        }

        foreach (int id in buffer.QuotedBlankNodes)
        {
            pinned[id] = true;
        }

        _nested = new bool[n];
        _anonymousRoot = new bool[n];
        for (int id = 0; id < n; id++)
        {
            bool free = buffer[id] is BlankNode && !pinned[id] && graphOf[id] >= QuadBuffer.DefaultGraph;
            _nested[id] = free && objectRefs[id] == 1;
            _anonymousRoot[id] = free && objectRefs[id] == 0;
        }

        BreakCycles(rows);
        _listTail = new bool[n];
        FindListTails(rows);
        LimitDepth(rows);
        if (_reifies >= 0)
        {
            _reifiesRow = FindReifiesRows(rows);
            _annotation = new bool[n];
            _annotations = FindAnnotations(rows);
        }

        void Note(int id, int graph)
        {
            if (graphOf[id] == Unseen)
            {
                graphOf[id] = graph;
            }
            else if (graphOf[id] != graph)
            {
                graphOf[id] = Several;
            }
        }
    }

    /// <summary>The id of <c>rdf:nil</c>, or -1 when the graph does not mention it.</summary>
    public int Nil { get; }

    /// <summary>True when the blank node is written inline where it is the object.</summary>
    public bool IsNested(int id) => _nested[id];

    /// <summary>True when the (nested) node heads a well-formed list, written <c>( … )</c>.</summary>
    public bool IsList(int id) => _listTail[id];

    /// <summary>True when the node is a blank subject written without a label (<c>[]</c> or a list).</summary>
    public bool IsAnonymousRoot(int id) => _anonymousRoot[id];

    /// <summary>True when an anonymous root heads a well-formed list and has properties besides first/rest.</summary>
    public bool IsListSubject(int id)
    {
        if (!_anonymousRoot[id] || _first < 0 || _rest < 0)
        {
            return false;
        }

        (int firsts, int rests, int restObject) = ListShape(id);
        return firsts == 1 && rests == 1 && _end[id] - _start[id] > 2 && (restObject == Nil || _listTail[restObject]);
    }

    /// <summary>True for <c>rdf:first</c> and <c>rdf:rest</c>, which a list subject writes as its items.</summary>
    public bool IsListPredicate(int predicate) => predicate == _first || predicate == _rest;

    /// <summary>True when the node is written as an annotation of the statement it reifies, not as a subject.</summary>
    public bool IsAnnotation(int id) => _annotation is not null && _annotation[id];

    /// <summary>The reifiers written as annotations after the object of row <paramref name="row"/>, blocks first.</summary>
    public bool TryGetAnnotations(int row, out int[] reifiers)
    {
        if (_annotations is not null && _annotations.TryGetValue(row, out int[]? found))
        {
            reifiers = found;
            return true;
        }

        reifiers = [];
        return false;
    }

    /// <summary>True when an anonymous root is written as the subject <c>&lt;&lt; s p o &gt;&gt;</c>.</summary>
    public bool IsReifiedSubject(int id) =>
        _reifiesRow is not null && _reifiesRow[id] >= 0 && _anonymousRoot[id] && !_annotation![id] && !IsListSubject(id);

    /// <summary>True when a nested node is written as the object <c>&lt;&lt; s p o &gt;&gt;</c>: rdf:reifies is all it has.</summary>
    public bool IsReifiedObject(int id) =>
        _reifiesRow is not null && _reifiesRow[id] >= 0 && _nested[id] && _end[id] - _start[id] == 1;

    /// <summary>True for <c>rdf:reifies</c>, which a reified triple or annotation does not write as a predicate.</summary>
    public bool IsReifiesPredicate(int predicate) => predicate == _reifies;

    /// <summary>The triple a node written as a reified triple or annotation reifies.</summary>
    public Triple ReifiedTriple(int id) => ((TripleTerm)_buffer[_buffer.Rows[_reifiesRow![id]].O]).Triple;

    /// <summary>The rows of a blank node that is written inline or as an anonymous root.</summary>
    public (int Start, int End) RowsOf(int id) => (_start[id], _end[id]);

    /// <summary>The item and the next node of a list node.</summary>
    public (int Item, int Next) ListStep(int id)
    {
        ReadOnlySpan<QuadBuffer.Row> rows = _buffer.Rows;
        int item = -1;
        int next = -1;
        for (int i = _start[id]; i < _end[id]; i++)
        {
            if (rows[i].P == _first)
            {
                item = rows[i].O;
            }
            else if (rows[i].P == _rest)
            {
                next = rows[i].O;
            }
        }

        return (item, next);
    }

    private int TryId(Iri iri) => _buffer.TryGetId(iri, out int id) ? id : -1;

    /// <summary>
    /// For each blank node that may be written unlabelled (nested or an anonymous root), the row of its only
    /// rdf:reifies statement when that statement's object is a triple term; -1 otherwise.
    /// </summary>
    private int[] FindReifiesRows(ReadOnlySpan<QuadBuffer.Row> rows)
    {
        int[] reifiesRow = new int[_buffer.TermCount];
        Array.Fill(reifiesRow, -1);
        for (int i = 0; i < rows.Length; i++)
        {
            QuadBuffer.Row r = rows[i];
            if (r.P != _reifies || !(_nested[r.S] || _anonymousRoot[r.S]))
            {
                continue;
            }

            // A node's rows are contiguous, so a second rdf:reifies row follows the first: mark the node as not simple.
            reifiesRow[r.S] = reifiesRow[r.S] == -1 && _buffer[r.O] is TripleTerm ? i : -2;
        }

        for (int id = 0; id < reifiesRow.Length; id++)
        {
            reifiesRow[id] = Math.Max(reifiesRow[id], -1);
        }

        return reifiesRow;
    }

    /// <summary>
    /// Anonymous roots that reify a statement asserted in their graph become annotations of that statement's row.
    /// Such a statement's subject occurs in a triple term, so it keeps a label and is written at top level: annotations
    /// never nest inside annotations.
    /// </summary>
    private Dictionary<int, int[]>? FindAnnotations(ReadOnlySpan<QuadBuffer.Row> rows)
    {
        Dictionary<QuadBuffer.Row, List<int>>? wanted = null;
        for (int id = 0; id < _reifiesRow!.Length; id++)
        {
            if (_reifiesRow[id] < 0 || !_anonymousRoot[id] || IsListSubject(id))
            {
                continue;
            }

            QuadBuffer.Row reifies = rows[_reifiesRow[id]];
            Triple t = ((TripleTerm)_buffer[reifies.O]).Triple;
            if (_buffer.TryGetId(t.Subject, out int s) && _buffer.TryGetId(t.Predicate, out int p) && _buffer.TryGetId(t.Object, out int o))
            {
                wanted ??= [];
                var key = new QuadBuffer.Row(s, p, o, reifies.G);
                if (!wanted.TryGetValue(key, out List<int>? reifiers))
                {
                    wanted[key] = reifiers = [];
                }

                reifiers.Add(id);
            }
        }

        if (wanted is null)
        {
            return null;
        }

        var annotations = new Dictionary<int, int[]>();
        for (int i = 0; i < rows.Length; i++)
        {
            if (wanted.TryGetValue(rows[i], out List<int>? reifiers))
            {
                // Reifiers with properties first, as {| … |} blocks; then the bare ones, as '~': a '~' directly before
                // a block would make that block describe it.
                int[] ordered = [.. reifiers.OrderBy(r => _end[r] - _start[r] == 1).ThenBy(r => _start[r])];
                annotations[i] = ordered;
                foreach (int r in ordered)
                {
                    _annotation![r] = true;
                }
            }
        }

        return annotations;
    }

    private bool HasRows(int id) => _end[id] > _start[id];

    /// <summary>Counts of rdf:first and rdf:rest statements and the object of the last rdf:rest.</summary>
    private (int Firsts, int Rests, int RestObject) ListShape(int id)
    {
        ReadOnlySpan<QuadBuffer.Row> rows = _buffer.Rows;
        int firsts = 0;
        int rests = 0;
        int restObject = -1;
        for (int i = _start[id]; i < _end[id]; i++)
        {
            if (rows[i].P == _first)
            {
                firsts++;
            }
            else if (rows[i].P == _rest)
            {
                rests++;
                restObject = rows[i].O;
            }
        }

        return (firsts, rests, restObject);
    }

    /// <summary>Every nested node must hang from a written subject; a node in a cycle of nested nodes gets a label.</summary>
    private void BreakCycles(ReadOnlySpan<QuadBuffer.Row> rows)
    {
        bool[] reached = new bool[_buffer.TermCount];
        var stack = new Stack<int>();
        for (int i = 0; i < rows.Length; i++)
        {
            if ((i == 0 || rows[i - 1].S != rows[i].S || rows[i - 1].G != rows[i].G) && !_nested[rows[i].S])
            {
                Reach(rows, rows[i].S, i, reached, stack);
            }
        }

        for (int i = 0; i < rows.Length; i++)
        {
            int s = rows[i].S;
            if (_nested[s] && !reached[s])
            {
                _nested[s] = false;
                Reach(rows, s, _start[s], reached, stack);
            }
        }
    }

    private void Reach(ReadOnlySpan<QuadBuffer.Row> rows, int subject, int startRow, bool[] reached, Stack<int> stack)
    {
        reached[subject] = true;
        stack.Push(startRow);
        while (stack.Count > 0)
        {
            int row = stack.Pop();
            int s = rows[row].S;
            for (int i = row; i < rows.Length && rows[i].S == s && rows[i].G == rows[row].G; i++)
            {
                int o = rows[i].O;
                if (_nested[o] && !reached[o])
                {
                    reached[o] = true;
                    if (HasRows(o))
                    {
                        stack.Push(_start[o]);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A list node (Turtle §2.8) is nested, has exactly one rdf:first and one rdf:rest and nothing else, and its
    /// rest is rdf:nil or another list node.
    /// </summary>
    private void FindListTails(ReadOnlySpan<QuadBuffer.Row> rows)
    {
        if (_first < 0 || _rest < 0 || Nil < 0)
        {
            return;
        }

        bool[] decided = new bool[_buffer.TermCount];
        var chain = new List<int>();
        for (int i = 0; i < rows.Length; i++)
        {
            int node = rows[i].S;
            if (decided[node] || !_nested[node])
            {
                continue;
            }

            // Walk forward to a node already decided, a node that is not shaped like a list node, or rdf:nil;
            // nested nodes cannot form a cycle any more, so the walk ends.
            chain.Clear();
            bool result;
            while (true)
            {
                if (node == Nil)
                {
                    result = true;
                    break;
                }

                if (decided[node])
                {
                    result = _listTail[node];
                    break;
                }

                if (!_nested[node] || _end[node] - _start[node] != 2)
                {
                    decided[node] = true;
                    result = false;
                    break;
                }

                (int firsts, int rests, int restObject) = ListShape(node);
                if (firsts != 1 || rests != 1)
                {
                    decided[node] = true;
                    result = false;
                    break;
                }

                chain.Add(node);
                node = restObject;
            }

            // Each node's verdict is its successor's: the chain is a list only if it reaches rdf:nil.
            foreach (int member in chain)
            {
                decided[member] = true;
                _listTail[member] = result;
            }
        }
    }

    /// <summary>Gives a label to nodes nested deeper than <see cref="MaxDepth"/>; a list's chain adds no depth.</summary>
    private void LimitDepth(ReadOnlySpan<QuadBuffer.Row> rows)
    {
        var stack = new Stack<(int Row, int Depth)>();
        for (int i = 0; i < rows.Length; i++)
        {
            if ((i == 0 || rows[i - 1].S != rows[i].S || rows[i - 1].G != rows[i].G) && !_nested[rows[i].S])
            {
                stack.Push((i, 0));
            }

            while (stack.Count > 0)
            {
                (int row, int depth) = stack.Pop();
                int s = rows[row].S;
                for (int j = row; j < rows.Length && rows[j].S == s && rows[j].G == rows[row].G; j++)
                {
                    int o = rows[j].O;
                    if (!_nested[o] || !HasRows(o))
                    {
                        continue;
                    }

                    int childDepth = rows[j].P == _rest && _listTail[o] ? depth : depth + 1;
                    if (childDepth > MaxDepth)
                    {
                        // Written at top level instead, with a label, where the subject loop meets it.
                        _nested[o] = false;
                        _listTail[o] = false;
                        childDepth = 0;
                    }

                    stack.Push((_start[o], childDepth));
                }
            }
        }
    }
}
