using System.Globalization;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Writing;

/// <summary>
/// Pretty Turtle and TriG (RDF 1.2 Turtle §2, TriG §2): buffers every quad, then writes them sorted — default graph
/// first, graph names and subjects IRIs before blank nodes, <c>rdf:type</c> (as <c>a</c>) first among predicates,
/// objects in term order — grouped with <c>;</c> and <c>,</c>, with blank nodes nested (<c>[ … ]</c>), lists as
/// <c>( … )</c>, RDF 1.2 reifiers as annotations <c>{| … |}</c> or reified triples <c>&lt;&lt; s p o &gt;&gt;</c>
/// (see <see cref="TurtleLayout"/>), and labelled blank nodes renumbered <c>_:b0</c>, <c>_:b1</c>, … in order of
/// appearance. The same dataset gives the same bytes whatever order its quads arrive in.
/// </summary>
/// <remarks>
/// Memory: nesting and sorting need the whole graph, so it is kept as distinct terms plus 16 bytes per quad
/// (<see cref="QuadBuffer"/>); a graph of a few million quads fits in a few hundred MB. Prefixes are declared only
/// when used, which is known only after the body is laid out, so the body is laid out twice: once into
/// <see cref="Stream.Null"/> to learn the prefixes (noting terms, not writing them), once for real. For inputs too
/// large for this, use <see cref="RdfWriterOptions.Streaming"/>.
/// </remarks>
internal sealed class PrettyTurtleSerializer : TurtleSerializer
{
    private const int Indent = 4;

    private readonly Utf8Output _output;
    private readonly TurtleTerms _terms;
    private readonly bool _dataset;
    private readonly QuadBuffer _buffer = new();
    private TurtleLayout? _layout;
    private int[] _labels = [];
    private TurtleTerms.Spelling[] _spellings = [];

    // The first pass only learns which prefixes the body uses: terms are noted, not written.
    private bool _learningPrefixes;
    private int _nextLabel;
    private int _type = -1;

    public PrettyTurtleSerializer(Stream output, RdfWriterOptions options, bool dataset)
    {
        _terms = new TurtleTerms(options, declareAllWellKnown: false, maxCachedIris: int.MaxValue);
        _output = new Utf8Output(output);
        _dataset = dataset;
    }

    private TurtleLayout Layout => _layout!;

    public override void Add(in Quad quad) => _buffer.Add(quad);

    public override void Finish()
    {
        Sort();
        _layout = new TurtleLayout(_buffer);
        _spellings = new TurtleTerms.Spelling[_buffer.TermCount];
        using (var dryRun = new Utf8Output(Stream.Null))
        {
            _learningPrefixes = true;
            WriteBody(dryRun);
            _learningPrefixes = false;
        }

        _terms.WriteHeader(_output);
        WriteBody(_output);
        _output.Flush();
    }

    public override void Dispose()
    {
        _output.Dispose();
        _terms.Dispose();
    }

    private void Sort()
    {
        int n = _buffer.TermCount;
        int[] rank = TermOrder.Rank(_buffer);
        _type = _buffer.TryGetId(Vocabulary.Rdf.Type, out int type) ? type : -1;

        // Subjects and graph names: IRIs before blank nodes (blank nodes rank first in term order, so shift them
        // behind everything). Keys stay below 2^32 for any buffer that fits in memory, so two per row pack into a
        // 128-bit key, and sorting compares integers only.
        uint[] subjectKey = new uint[n];
        for (int id = 0; id < n; id++)
        {
            subjectKey[id] = (uint)(_buffer[id] is BlankNode ? rank[id] + n : rank[id]);
        }

        Span<QuadBuffer.Row> rows = _buffer.Rows;
        var keys = new RowKey[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            QuadBuffer.Row r = rows[i];
            ulong graph = r.G < 0 ? 0 : subjectKey[r.G] + 1UL;
            ulong predicate = r.P == _type ? 0 : (uint)rank[r.P] + 1UL;
            keys[i] = new RowKey((graph << 32) | subjectKey[r.S], (predicate << 32) | (uint)rank[r.O]);
        }

        keys.AsSpan().Sort(rows);
        _buffer.RemoveAdjacentDuplicates();
    }

    /// <summary>Graph and subject in <see cref="High"/>, predicate and object in <see cref="Low"/>.</summary>
    private readonly record struct RowKey(ulong High, ulong Low) : IComparable<RowKey>
    {
        public int CompareTo(RowKey other)
        {
            int c = High.CompareTo(other.High);
            return c != 0 ? c : Low.CompareTo(other.Low);
        }
    }

    private void WriteBody(Utf8Output output)
    {
        _terms.ResetUsage();
        _labels = new int[_buffer.TermCount];
        Array.Fill(_labels, -1);
        _nextLabel = 0;

        ReadOnlySpan<QuadBuffer.Row> rows = _buffer.Rows;
        bool firstGraph = true;
        for (int i = 0; i < rows.Length;)
        {
            int graph = rows[i].G;
            int graphEnd = i;
            while (graphEnd < rows.Length && rows[graphEnd].G == graph)
            {
                graphEnd++;
            }

            if (!firstGraph)
            {
                output.WriteByte((byte)'\n');
            }

            bool block = _dataset && graph != QuadBuffer.DefaultGraph;
            int indent = 0;
            if (block)
            {
                WriteTerm(output, graph);
                output.WriteBytes(" {\n"u8);
                indent = Indent;
            }

            bool firstSubject = true;
            for (int k = i; k < graphEnd;)
            {
                int subject = rows[k].S;
                int subjectEnd = k;
                while (subjectEnd < graphEnd && rows[subjectEnd].S == subject)
                {
                    subjectEnd++;
                }

                if (!Layout.IsNested(subject) && !Layout.IsAnnotation(subject))
                {
                    if (!firstSubject)
                    {
                        output.WriteByte((byte)'\n');
                    }

                    output.WriteSpaces(indent);
                    WriteSubject(output, subject, k, subjectEnd, indent);
                    firstSubject = false;
                }

                k = subjectEnd;
            }

            if (block)
            {
                output.WriteBytes("}\n"u8);
            }

            firstGraph = false;
            i = graphEnd;
        }
    }

    private void WriteSubject(Utf8Output output, int subject, int start, int end, int indent)
    {
        Skip skip = Skip.None;
        if (Layout.IsAnonymousRoot(subject))
        {
            if (Layout.IsListSubject(subject))
            {
                skip = Skip.ListItems;
                WriteCollection(output, subject, indent + Indent);
            }
            else if (Layout.IsReifiedSubject(subject))
            {
                skip = Skip.Reifies;
                WriteReifiedTriple(output, subject);
                if (end - start == 1)
                {
                    // rdf:reifies was its only statement: reifiedTriple predicateObjectList? '.'
                    output.WriteBytes(" .\n"u8);
                    return;
                }
            }
            else
            {
                output.WriteBytes("[]"u8);
            }
        }
        else
        {
            WriteTerm(output, subject);
        }

        output.WriteByte((byte)' ');
        WritePredicateObjects(output, start, end, indent + Indent, skip);
        output.WriteBytes(" .\n"u8);
    }

    /// <summary>Which rows of a subject are already written by the way the subject itself is written.</summary>
    private enum Skip
    {
        None,

        /// <summary>rdf:first and rdf:rest of a list written as <c>( … )</c>.</summary>
        ListItems,

        /// <summary>The rdf:reifies of a reified triple or annotation.</summary>
        Reifies,
    }

    /// <summary>predicate object, object ; predicate object … — continuation lines start at <paramref name="indent"/>.</summary>
    private void WritePredicateObjects(Utf8Output output, int start, int end, int indent, Skip skip)
    {
        ReadOnlySpan<QuadBuffer.Row> rows = _buffer.Rows;
        int previous = -1;
        for (int i = start; i < end; i++)
        {
            QuadBuffer.Row r = rows[i];
            if ((skip == Skip.ListItems && Layout.IsListPredicate(r.P)) || (skip == Skip.Reifies && Layout.IsReifiesPredicate(r.P)))
            {
                continue;
            }

            if (r.P == previous)
            {
                output.WriteBytes(", "u8);
            }
            else
            {
                if (previous >= 0)
                {
                    output.WriteBytes(" ;\n"u8);
                    output.WriteSpaces(indent);
                }

                if (r.P == _type)
                {
                    output.WriteByte((byte)'a');
                }
                else
                {
                    WriteTerm(output, r.P);
                }

                output.WriteByte((byte)' ');
                previous = r.P;
            }

            WriteObject(output, r.O, indent);
            if (Layout.TryGetAnnotations(i, out int[] reifiers))
            {
                WriteAnnotations(output, reifiers, indent);
            }
        }
    }

    /// <summary>
    /// annotation ::= (reifier | annotationBlock)* (Turtle 1.2 #annotation-syntax): a block for each reifier with
    /// properties, then '~' for each without (a fresh blank node each, as the reader makes them).
    /// </summary>
    private void WriteAnnotations(Utf8Output output, int[] reifiers, int indent)
    {
        foreach (int reifier in reifiers)
        {
            (int start, int end) = Layout.RowsOf(reifier);
            if (end - start == 1)
            {
                output.WriteBytes(" ~"u8);
                continue;
            }

            output.WriteBytes(" {| "u8);
            WritePredicateObjects(output, start, end, indent + Indent, Skip.Reifies);
            output.WriteBytes(" |}"u8);
        }
    }

    /// <summary><c>&lt;&lt; s p o &gt;&gt;</c> for a blank node whose only rdf:reifies names that triple.</summary>
    private void WriteReifiedTriple(Utf8Output output, int reifier)
    {
        output.WriteBytes("<< "u8);
        WriteTripleInside(output, Layout.ReifiedTriple(reifier));
        output.WriteBytes(" >>"u8);
    }

    private void WriteObject(Utf8Output output, int id, int indent)
    {
        if (Layout.IsNested(id))
        {
            if (Layout.IsList(id))
            {
                WriteCollection(output, id, indent);
                return;
            }

            if (Layout.IsReifiedObject(id))
            {
                WriteReifiedTriple(output, id);
                return;
            }

            (int start, int end) = Layout.RowsOf(id);
            if (start == end)
            {
                output.WriteBytes("[]"u8);
            }
            else if (end - start == 1 && !IsBlock(_buffer.Rows[start].O))
            {
                output.WriteBytes("[ "u8);
                WritePredicateObjects(output, start, end, indent, Skip.None);
                output.WriteBytes(" ]"u8);
            }
            else
            {
                output.WriteBytes("[\n"u8);
                output.WriteSpaces(indent + Indent);
                WritePredicateObjects(output, start, end, indent + Indent, Skip.None);
                output.WriteByte((byte)'\n');
                output.WriteSpaces(indent);
                output.WriteByte((byte)']');
            }
        }
        else if (id == Layout.Nil)
        {
            output.WriteBytes("()"u8);
        }
        else
        {
            WriteTerm(output, id);
        }
    }

    /// <summary>True when the object is written as a multi-line <c>[ … ]</c> block.</summary>
    private bool IsBlock(int id)
    {
        if (!Layout.IsNested(id) || Layout.IsList(id) || Layout.IsReifiedObject(id))
        {
            return false;
        }

        (int start, int end) = Layout.RowsOf(id);
        return end > start;
    }

    /// <summary><c>( item item … )</c> for the list whose first node is <paramref name="head"/> (Turtle §2.8).</summary>
    private void WriteCollection(Utf8Output output, int head, int indent)
    {
        output.WriteByte((byte)'(');
        for (int node = head; node != Layout.Nil;)
        {
            (int item, int next) = Layout.ListStep(node);
            output.WriteByte((byte)' ');
            WriteObject(output, item, indent);
            node = next;
        }

        output.WriteBytes(" )"u8);
    }

    private void WriteTerm(Utf8Output output, int id)
    {
        switch (_buffer[id])
        {
            case Iri iri:
                // Spelled once per term, not looked up by IRI on each of its uses in both passes.
                ref TurtleTerms.Spelling spelling = ref _spellings[id];
                if (spelling.Bytes is null)
                {
                    spelling = _terms.Spell(iri);
                }

                if (_learningPrefixes)
                {
                    TurtleTerms.Note(spelling);
                }
                else
                {
                    TurtleTerms.Write(output, spelling);
                }

                break;
            case Literal literal when _learningPrefixes:
                _terms.NoteLiteral(literal);
                break;
            case Literal literal:
                _terms.WriteLiteral(output, literal);
                break;
            case BlankNode:
                if (_labels[id] < 0)
                {
                    _labels[id] = _nextLabel++;
                }

                output.WriteBytes("_:b"u8);
                output.WriteAscii(_labels[id].ToString(CultureInfo.InvariantCulture));
                break;
            case TripleTerm tripleTerm:
                output.WriteBytes("<<( "u8);
                WriteTripleInside(output, tripleTerm.Triple);
                output.WriteBytes(" )>>"u8);
                break;
        }
    }

    private void WriteTripleInside(Utf8Output output, Triple t)
    {
        WriteQuoted(output, t.Subject);
        output.WriteByte((byte)' ');
        _terms.WriteIri(output, t.Predicate);
        output.WriteByte((byte)' ');
        WriteQuoted(output, t.Object);
    }

    /// <summary>A term inside a triple term: blank nodes and triple terms were interned, IRIs and literals maybe not.</summary>
    private void WriteQuoted(Utf8Output output, Term term)
    {
        switch (term)
        {
            case Iri iri:
                _terms.WriteIri(output, iri);
                break;
            case Literal literal:
                _terms.WriteLiteral(output, literal);
                break;
            default:
                WriteTerm(output, _buffer.IdOf(term));
                break;
        }
    }
}
