using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Writing;

/// <summary>
/// Streaming Turtle and TriG: each statement is written as it comes, in constant memory. Consecutive statements with
/// the same subject share it (<c>;</c>), with the same predicate too (<c>,</c>); in TriG a change of graph closes the
/// block and opens the next (TriG lets a graph name come back in later blocks). Nothing is nested or sorted, blank
/// node labels are kept (made valid where needed, see <see cref="BlankNodeLabels"/>), and because prefix use is not
/// known in advance, every well-known prefix is declared up front with the given ones.
/// </summary>
internal sealed class StreamingTurtleSerializer : TurtleSerializer
{
    private const int Indent = 4;

    private readonly Utf8Output _output;
    private readonly TurtleTerms _terms;
    private readonly bool _dataset;
    private bool _started;
    private bool _inBlock;
    private Term? _graph;
    private Term? _subject;
    private Iri? _predicate;

    public StreamingTurtleSerializer(Stream output, RdfWriterOptions options, bool dataset)
    {
        _terms = new TurtleTerms(options, declareAllWellKnown: true, maxCachedIris: 16_384);
        _output = new Utf8Output(output);
        _dataset = dataset;
    }

    public override void Add(in Quad quad)
    {
        if (!_started)
        {
            _terms.WriteHeader(_output);
            _started = true;
            OpenGraph(quad.Graph);
        }
        else if (_dataset && !Equals(quad.Graph, _graph))
        {
            CloseStatement();
            CloseBlock();
            _output.WriteByte((byte)'\n');
            OpenGraph(quad.Graph);
        }

        int indent = _inBlock ? Indent : 0;
        if (_subject is not null && _subject.Equals(quad.Subject))
        {
            if (_predicate!.Equals(quad.Predicate))
            {
                _output.WriteBytes(", "u8);
            }
            else
            {
                _output.WriteBytes(" ;\n"u8);
                _output.WriteSpaces(indent + Indent);
                WritePredicate(quad.Predicate);
            }
        }
        else
        {
            CloseStatement();
            _output.WriteSpaces(indent);
            WriteTerm(quad.Subject);
            _output.WriteByte((byte)' ');
            WritePredicate(quad.Predicate);
        }

        _subject = quad.Subject;
        _predicate = quad.Predicate;
        if (quad.Object.Equals(Vocabulary.Rdf.Nil))
        {
            _output.WriteBytes("()"u8);
        }
        else
        {
            WriteTerm(quad.Object);
        }
    }

    public override void Finish()
    {
        if (!_started)
        {
            _terms.WriteHeader(_output);
            _started = true;
        }

        CloseStatement();
        CloseBlock();
        _output.Flush();
    }

    public override void Dispose()
    {
        _output.Dispose();
        _terms.Dispose();
    }

    private void OpenGraph(Term? graph)
    {
        _graph = graph;
        _inBlock = _dataset && graph is not null;
        if (_inBlock)
        {
            WriteTerm(graph!);
            _output.WriteBytes(" {\n"u8);
        }
    }

    private void CloseStatement()
    {
        if (_subject is not null)
        {
            _output.WriteBytes(" .\n"u8);
            _subject = null;
            _predicate = null;
        }
    }

    private void CloseBlock()
    {
        if (_inBlock)
        {
            _output.WriteBytes("}\n"u8);
            _inBlock = false;
        }
    }

    private void WritePredicate(Iri predicate)
    {
        if (predicate.Equals(Vocabulary.Rdf.Type))
        {
            _output.WriteByte((byte)'a');
        }
        else
        {
            _terms.WriteIri(_output, predicate);
        }

        _output.WriteByte((byte)' ');
    }

    private void WriteTerm(Term term)
    {
        switch (term)
        {
            case Iri iri:
                _terms.WriteIri(_output, iri);
                break;
            case Literal literal:
                _terms.WriteLiteral(_output, literal);
                break;
            case BlankNode blank:
                BlankNodeLabels.Write(_output, blank);
                break;
            case TripleTerm tripleTerm:
                Triple t = tripleTerm.Triple;
                _output.WriteBytes("<<( "u8);
                WriteTerm(t.Subject);
                _output.WriteByte((byte)' ');
                _terms.WriteIri(_output, t.Predicate);
                _output.WriteByte((byte)' ');
                WriteTerm(t.Object);
                _output.WriteBytes(" )>>"u8);
                break;
        }
    }
}
