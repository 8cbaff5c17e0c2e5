using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeGraph.Rdf.Formats.Reading;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>
/// The recursive-descent reader behind <see cref="TurtleParser"/> and <see cref="TriG.TriGParser"/>
/// (RDF 1.2 Turtle #sec-grammar-grammar, a superset of RDF 1.1 Turtle §6.5; RDF 1.2 TriG #grammar-ebnf adds graph
/// blocks).
/// </summary>
/// <remarks>
/// <para>
/// Quads are buffered per statement (per triples statement inside a TriG graph block) and handed out when the
/// statement is complete, so memory stays flat however long the input is, and lenient mode can drop a bad statement
/// whole.
/// </para>
/// <para>
/// RDF 1.2 adds triple terms <c>&lt;&lt;( s p o )&gt;&gt;</c>, reified triples <c>&lt;&lt; s p o ~ r &gt;&gt;</c>,
/// annotations <c>s p o ~ r {| … |}</c>, the <c>VERSION</c> directive and base directions (<c>@en--ltr</c>).
/// Each starts with characters that cannot occur at that place in an RDF 1.1 document (<c>&lt;&lt;</c>,
/// <c>~</c>, <c>{|</c>, <c>--</c> after a language tag, <c>VERSION</c>/<c>@version</c> where a statement starts),
/// so RDF 1.1 documents read exactly as before and pay one extra character test per object.
/// </para>
/// <para>
/// The methods on the path of every statement are jitted fully optimised at their first call
/// (<see cref="MethodImplOptions.AggressiveOptimization"/>): a profile of a 1M-triple parse on two busy cores found a
/// quarter of the samples in tier-0 code, because the tier-1 rejit of a method only comes once a background thread gets
/// a core; the few extra milliseconds of jitting are paid back within the first megabyte.
/// </para>
/// </remarks>
internal sealed class TurtleReader
{
    private const int MaxNesting = 1000;

    private readonly TextCursor _c;
    private readonly bool _trig;
    private readonly RdfParserOptions _options;
    private readonly Action<PrefixMap> _onPrefixes;
    private readonly Dictionary<string, string> _prefixes;
    private readonly ConcurrentDictionary<string, BlankNode> _blankNodes;
    private static readonly SearchValues<char> IriStops = SearchValues.Create(
        [.. Enumerable.Range(0, 0x21).Select(c => (char)c), '<', '>', '"', '{', '}', '|', '^', '`', '\\']);

    private static readonly SearchValues<char> DoubleQuotedStops = SearchValues.Create("\"\\\n\r");

    private static readonly SearchValues<char> SingleQuotedStops = SearchValues.Create("'\\\n\r");

    private readonly List<Quad> _pending = [];
    private readonly StringBuilder _sb = new();
    private Iri? _base;
    private TurtleTermCaches _terms;
    private PrefixMap _prefixMap;
    private Term? _graph;
    private bool _inGraphBlock;
    private int _depth;

    public TurtleReader(Stream input, RdfParserOptions options, bool trig, Action<PrefixMap> onPrefixes)
        : this(input, options, trig, onPrefixes, TurtleReaderState.Initial(options), TextPosition.Start)
    {
    }

    /// <summary>
    /// A reader for a part of a document (see <see cref="ParallelTurtleReader"/>) that begins at
    /// <paramref name="start"/>, with the directives and blank node labels of the parts before it.
    /// </summary>
    public TurtleReader(Stream input, RdfParserOptions options, bool trig, Action<PrefixMap> onPrefixes, TurtleReaderState state, TextPosition start)
    {
        _c = new TextCursor(input, options.SourceName, start);
        _options = options;
        _trig = trig;
        _onPrefixes = onPrefixes;
        _base = state.Base;
        _prefixMap = state.PrefixMap;
        _prefixes = new Dictionary<string, string>(state.Namespaces, StringComparer.Ordinal);
        _blankNodes = state.BlankNodes;
        _terms = state.Terms;
    }

    /// <summary>The directives read so far, to hand on to the reader of the next part of the document.</summary>
    public TurtleReaderState State => new(_base, _prefixMap, _prefixes, _blankNodes, _terms);

    public IEnumerable<Quad> Read(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    SkipWhitespace();
                    if (_c.Peek() == TextCursor.End)
                    {
                        if (_inGraphBlock)
                        {
                            throw _c.Error("expected '}' to close the graph block, found end of input");
                        }

                        break;
                    }

                    if (_inGraphBlock)
                    {
                        ParseStatementInGraphBlock();
                    }
                    else
                    {
                        ParseStatement();
                    }
                }
                catch (RdfSyntaxException e) when (_options.Lenient)
                {
                    _pending.Clear();
                    _options.OnError?.Invoke(e);
                    Recover();
                }

                foreach (Quad q in _pending)
                {
                    yield return q;
                }

                _pending.Clear();
            }
        }
        finally
        {
            // The cursor's buffers go back to the pool when the reading ends, however it ends.
            _c.Dispose();
        }
    }

    // ---- statements -------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseStatement()
    {
        int c = _c.Peek();
        if (c == '@')
        {
            ParseAtDirective();
            return;
        }

        if (IsKeyword("PREFIX"))
        {
            _c.Skip(6);
            ParsePrefixBody();
            return;
        }

        if (IsKeyword("BASE"))
        {
            _c.Skip(4);
            ParseBaseBody();
            return;
        }

        if (IsKeyword("VERSION"))
        {
            _c.Skip(7);
            ParseVersionBody();
            return;
        }

        if (_trig)
        {
            if (c == '{')
            {
                _c.Next();
                EnterGraph(null);
                return;
            }

            if (IsKeyword("GRAPH"))
            {
                _c.Skip(5);
                SkipWhitespace();
                var at = _c.Mark();
                Term label = ParseGraphLabel();
                SkipWhitespace();
                if (_c.Peek() != '{')
                {
                    throw _c.Error($"expected '{{' after the graph name, found {_c.DescribeNext()}", at);
                }

                _c.Next();
                EnterGraph(label);
                return;
            }
        }

        bool canBeGraphLabel;
        Term subject;
        bool needsPredicates = true;
        if (c == '[')
        {
            _c.Next();
            SkipWhitespace();
            if (_c.Peek() == ']')
            {
                _c.Next();
                subject = BlankNode.Create();
                canBeGraphLabel = true;
            }
            else
            {
                subject = ParseBlankNodePropertyListBody();
                canBeGraphLabel = false;
                needsPredicates = false;
            }
        }
        else if (c == '(')
        {
            subject = ParseCollection();
            canBeGraphLabel = false;
        }
        else if (IsReifiedTripleStart())
        {
            subject = ParseReifiedTriple();
            canBeGraphLabel = false;
            needsPredicates = false;
        }
        else
        {
            subject = ParseSubjectTerm();
            canBeGraphLabel = true;
        }

        SkipWhitespace();
        if (_trig && _c.Peek() == '{')
        {
            if (!canBeGraphLabel)
            {
                throw _c.Error("a graph name must be an IRI or a blank node ('[]'), not a property list, collection or reified triple");
            }

            _c.Next();
            EnterGraph(subject);
            return;
        }

        if (needsPredicates || _c.Peek() != '.')
        {
            ParsePredicateObjectList(subject);
        }

        ExpectDot();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseStatementInGraphBlock()
    {
        if (_c.Peek() == '}')
        {
            _c.Next();
            _inGraphBlock = false;
            _graph = null;
            return;
        }

        ParseTriples();
        SkipWhitespace();
        int c = _c.Peek();
        if (c == '.')
        {
            _c.Next();
        }
        else if (c != '}')
        {
            throw _c.Error($"expected '.' or '}}' after the triples, found {_c.DescribeNext()}");
        }
    }

    /// <summary>
    /// triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList?
    /// | reifiedTriple predicateObjectList? (inside a graph block).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseTriples()
    {
        int c = _c.Peek();
        Term subject;
        bool needsPredicates = true;
        if (c == '[')
        {
            _c.Next();
            SkipWhitespace();
            if (_c.Peek() == ']')
            {
                _c.Next();
                subject = BlankNode.Create();
            }
            else
            {
                subject = ParseBlankNodePropertyListBody();
                needsPredicates = false;
            }
        }
        else if (c == '(')
        {
            subject = ParseCollection();
        }
        else if (IsReifiedTripleStart())
        {
            subject = ParseReifiedTriple();
            needsPredicates = false;
        }
        else
        {
            subject = ParseSubjectTerm();
        }

        SkipWhitespace();
        if (needsPredicates || (_c.Peek() != '.' && _c.Peek() != '}'))
        {
            ParsePredicateObjectList(subject);
        }
    }

    private void EnterGraph(Term? graph)
    {
        _graph = graph;
        _inGraphBlock = true;
    }

    private Term ParseGraphLabel()
    {
        int c = _c.Peek();
        if (c == '[')
        {
            _c.Next();
            SkipWhitespace();
            if (_c.Peek() != ']')
            {
                throw _c.Error("a graph name may be '[]' but not a blank node property list");
            }

            _c.Next();
            return BlankNode.Create();
        }

        return ParseSubjectTerm();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ExpectDot()
    {
        SkipWhitespace();
        if (_c.Peek() != '.')
        {
            throw _c.Error($"expected '.' to end the statement, found {_c.DescribeNext()}");
        }

        _c.Next();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsKeyword(string keyword)
    {
        if (!_c.LookingAt(keyword, ignoreCase: true))
        {
            return false;
        }

        int after = _c.Peek(keyword.Length);
        return after == TextCursor.End || CharClasses.IsWhitespace(after) || after is '<' or '#' or '_' or '[' or '{' or '"' or '\'';
    }

    private void ParseAtDirective()
    {
        if (_c.LookingAt("@prefix"))
        {
            _c.Skip(7);
            ParsePrefixBody();
            ExpectDot();
        }
        else if (_c.LookingAt("@base"))
        {
            _c.Skip(5);
            ParseBaseBody();
            ExpectDot();
        }
        else if (_c.LookingAt("@version"))
        {
            _c.Skip(8);
            ParseVersionBody();
            ExpectDot();
        }
        else
        {
            throw _c.Error("expected '@prefix', '@base' or '@version' (directives are case-sensitive with '@')");
        }
    }

    private void ParsePrefixBody()
    {
        SkipWhitespace();
        var at = _c.Mark();
        string prefix = ScanPrefixName();
        if (_c.Peek() != ':')
        {
            throw _c.Error($"expected a prefix name ending in ':', found {_c.DescribeNext()}", at);
        }

        _c.Next();
        SkipWhitespace();
        if (_c.Peek() != '<')
        {
            throw _c.Error($"expected the namespace IRI in '<...>', found {_c.DescribeNext()}");
        }

        Iri ns = ParseIriRef();
        _prefixes[prefix] = ns.Value;
        _terms = _terms.WithNewPrefix();
        _prefixMap = _prefixMap.Add(prefix, ns);
        _onPrefixes(_prefixMap);
    }

    private void ParseBaseBody()
    {
        SkipWhitespace();
        if (_c.Peek() != '<')
        {
            throw _c.Error($"expected the base IRI in '<...>', found {_c.DescribeNext()}");
        }

        _base = ParseIriRef();
        _terms = new TurtleTermCaches();
    }

    /// <summary>
    /// VersionSpecifier: a short single- or double-quoted string (Turtle 1.2 #sec-version). The version is only a
    /// hint, and the spec mandates no behaviour for it, so it is checked for form and not kept: every RDF 1.2 feature
    /// is read whatever version a document announces.
    /// </summary>
    private void ParseVersionBody()
    {
        SkipWhitespace();
        int quote = _c.Peek();
        if (quote is not ('"' or '\''))
        {
            throw _c.Error($"expected the version as a quoted string such as \"1.2\", found {_c.DescribeNext()}");
        }

        if (_c.Peek(1) == quote && _c.Peek(2) == quote)
        {
            throw _c.Error("the version must be a short string in \"...\" or '...', not a long string");
        }

        _ = ParseString();
    }

    // ---- predicate-object lists ---------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParsePredicateObjectList(Term subject)
    {
        Enter();
        while (true)
        {
            SkipWhitespace();
            Iri predicate = ParseVerb();
            ParseObjectList(subject, predicate);
            SkipWhitespace();
            if (_c.Peek() != ';')
            {
                break;
            }

            while (_c.Peek() == ';')
            {
                _c.Next();
                SkipWhitespace();
            }

            int c = _c.Peek();
            if (c is '.' or ']' or '}' or '|' or TextCursor.End)
            {
                break;
            }
        }

        _depth--;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ParseObjectList(Term subject, Iri predicate)
    {
        while (true)
        {
            SkipWhitespace();
            Term o = ParseObject();
            Emit(subject, predicate, o);
            SkipWhitespace();
            int c = _c.Peek();
            if (c == '~' || (c == '{' && _c.Peek(1) == '|'))
            {
                ParseAnnotation(subject, predicate, o);
                c = _c.Peek();
            }

            if (c != ',')
            {
                return;
            }

            _c.Next();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri ParseVerb()
    {
        if (_c.Peek() == 'a')
        {
            int after = _c.Peek(1);
            if (after != ':' && !CharClasses.IsPnChars(after) && after != '.' || (after == '.' && !IsNameContinuation(_c.Peek(2))))
            {
                _c.Next();
                return Vocabulary.Rdf.Type;
            }
        }

        int c = _c.Peek();
        if (c == '<')
        {
            return _c.Peek(1) == '<'
                ? throw _c.Error("a predicate must be an IRI, not a triple term or a reified triple")
                : ParseIriRef();
        }

        if (c == ':' || CharClasses.IsPnCharsBase(CodePointAt(0)))
        {
            return ParsePrefixedName();
        }

        throw _c.Error($"expected a predicate (an IRI, a prefixed name or 'a'), found {_c.DescribeNext()}");
    }

    private static bool IsNameContinuation(int c) => c != TextCursor.End && (CharClasses.IsPnChars(c) || c is ':' or '%' or '\\');

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Term ParseObject()
    {
        int c = _c.Peek();
        switch (c)
        {
            case '<':
                return _c.Peek(1) != '<' ? ParseIriRef() : _c.Peek(2) == '(' ? ParseTripleTerm() : ParseReifiedTriple();
            case '_':
                return ParseBlankNodeLabel();
            case '[':
                _c.Next();
                SkipWhitespace();
                if (_c.Peek() == ']')
                {
                    _c.Next();
                    return BlankNode.Create();
                }

                return ParseBlankNodePropertyListBody();
            case '(':
                return ParseCollection();
            case TextCursor.End:
                throw _c.Error("expected an object, found end of input");
        }

        if (TryParseLiteral() is { } literal)
        {
            return literal;
        }

        if (c == ':' || CharClasses.IsPnCharsBase(CodePointAt(0)))
        {
            return ParsePrefixedName();
        }

        throw _c.Error($"expected an object (IRI, blank node, collection, literal or triple term), found {_c.DescribeNext()}");
    }

    /// <summary>literal ::= RDFLiteral | NumericLiteral | BooleanLiteral, or null when none starts here.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Literal? TryParseLiteral()
    {
        switch (_c.Peek())
        {
            case '"':
            case '\'':
                return ParseRdfLiteral();
            case '+':
            case '-':
            case '.':
            case >= '0' and <= '9':
                return ParseNumber();
        }

        if (IsBareWord("true"))
        {
            _c.Skip(4);
            return BooleanTrue;
        }

        if (IsBareWord("false"))
        {
            _c.Skip(5);
            return BooleanFalse;
        }

        return null;
    }

    private static readonly Literal BooleanTrue = new("true", Vocabulary.Xsd.Boolean);
    private static readonly Literal BooleanFalse = new("false", Vocabulary.Xsd.Boolean);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsBareWord(string word)
    {
        if (!_c.LookingAt(word))
        {
            return false;
        }

        int after = _c.Peek(word.Length);
        return !(after == ':' || CharClasses.IsPnChars(after) || (after == '.' && IsNameContinuation(_c.Peek(word.Length + 1))));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Term ParseSubjectTerm()
    {
        int c = _c.Peek();
        if (c == '<')
        {
            return _c.Peek(1) != '<' ? ParseIriRef()
                : _c.Peek(2) == '(' ? throw _c.Error("a triple term '<<( … )>>' can only be an object; use a reified triple '<< … >>' as a subject")
                : throw _c.Error("a graph name must be an IRI or a blank node, not a reified triple '<< … >>'");
        }

        if (c == '_')
        {
            return ParseBlankNodeLabel();
        }

        if (c == ':' || CharClasses.IsPnCharsBase(CodePointAt(0)))
        {
            return ParsePrefixedName();
        }

        if (c is '"' or '\'' or '+' or '-' or '.' or (>= '0' and <= '9'))
        {
            throw _c.Error("a literal cannot be the subject of a triple");
        }

        throw _c.Error($"expected a subject (an IRI, a prefixed name or a blank node), found {_c.DescribeNext()}");
    }

    private BlankNode ParseBlankNodePropertyListBody()
    {
        // '[' is consumed and the list is not empty.
        BlankNode node = BlankNode.Create();
        ParsePredicateObjectList(node);
        SkipWhitespace();
        if (_c.Peek() != ']')
        {
            throw _c.Error($"expected ']' to close the blank node property list, found {_c.DescribeNext()}");
        }

        _c.Next();
        return node;
    }

    private Term ParseCollection()
    {
        _c.Next(); // '('
        Enter();
        Term? head = null;
        BlankNode? last = null;
        while (true)
        {
            SkipWhitespace();
            int c = _c.Peek();
            if (c == ')')
            {
                _c.Next();
                break;
            }

            if (c == TextCursor.End)
            {
                throw _c.Error("expected ')' to close the collection, found end of input");
            }

            Term item = ParseObject();
            var cell = BlankNode.Create();
            if (last is null)
            {
                head = cell;
            }
            else
            {
                Emit(last, Vocabulary.Rdf.Rest, cell);
            }

            Emit(cell, Vocabulary.Rdf.First, item);
            last = cell;
        }

        if (last is not null)
        {
            Emit(last, Vocabulary.Rdf.Rest, Vocabulary.Rdf.Nil);
        }

        _depth--;
        return head ?? Vocabulary.Rdf.Nil;
    }

    // ---- RDF 1.2: triple terms, reified triples, annotations -----------------------------------------------------

    /// <summary>True at '&lt;&lt;' not followed by '(' (that is a triple term).</summary>
    private bool IsReifiedTripleStart() => _c.Peek() == '<' && _c.Peek(1) == '<' && _c.Peek(2) != '(';

    /// <summary>
    /// tripleTerm ::= '&lt;&lt;(' ttSubject verb ttObject ')&gt;&gt;' (Turtle 1.2 #triple-terms). A triple term is a
    /// term and asserts nothing, so it emits no triple.
    /// </summary>
    private TripleTerm ParseTripleTerm()
    {
        var at = _c.Mark();
        _c.Skip(3); // '<<('
        Enter();
        SkipWhitespace();
        Term subject = TryParseIriOrBlankNode("a triple term")
            ?? throw _c.Error($"expected the subject of the triple term (an IRI or a blank node), found {_c.DescribeNext()}");
        SkipWhitespace();
        Iri predicate = ParseVerb();
        SkipWhitespace();
        Term @object;
        if (_c.Peek() == '<' && _c.Peek(1) == '<')
        {
            @object = _c.Peek(2) == '('
                ? ParseTripleTerm()
                : throw _c.Error("a reified triple '<< … >>' cannot be inside a triple term; write the triple term '<<( … )>>'");
        }
        else
        {
            @object = TryParseLiteral() ?? TryParseIriOrBlankNode("a triple term")
                ?? throw _c.Error($"expected the object of the triple term (an IRI, a blank node, a literal or a triple term), found {_c.DescribeNext()}");
        }

        SkipWhitespace();
        if (!_c.LookingAt(")>>"))
        {
            throw _c.Error($"expected ')>>' to close the triple term opened at {at.Line}:{at.Column}, found {_c.DescribeNext()}");
        }

        _c.Skip(3);
        _depth--;
        return new TripleTerm(new Triple(subject, predicate, @object));
    }

    /// <summary>
    /// reifiedTriple ::= '&lt;&lt;' rtSubject verb rtObject reifier? '&gt;&gt;' (Turtle 1.2 #reifying-triples,
    /// #sec-parsing-triples "Reified Triples"): emits <c>reifier rdf:reifies &lt;&lt;( s p o )&gt;&gt;</c>, with a fresh
    /// blank node when no reifier is given, and stands for the reifier.
    /// </summary>
    private Term ParseReifiedTriple()
    {
        var at = _c.Mark();
        _c.Skip(2); // '<<'
        Enter();
        SkipWhitespace();
        Term subject;
        if (_c.Peek() == '<' && _c.Peek(1) == '<')
        {
            subject = _c.Peek(2) == '('
                ? throw _c.Error("a triple term '<<( … )>>' cannot be the subject of a reified triple")
                : ParseReifiedTriple();
        }
        else
        {
            subject = TryParseIriOrBlankNode("a reified triple")
                ?? throw _c.Error($"expected the subject of the reified triple (an IRI, a blank node or a reified triple), found {_c.DescribeNext()}");
        }

        SkipWhitespace();
        Iri predicate = ParseVerb();
        SkipWhitespace();
        Term @object;
        if (_c.Peek() == '<' && _c.Peek(1) == '<')
        {
            @object = _c.Peek(2) == '(' ? ParseTripleTerm() : ParseReifiedTriple();
        }
        else
        {
            @object = TryParseLiteral() ?? TryParseIriOrBlankNode("a reified triple")
                ?? throw _c.Error($"expected the object of the reified triple (an IRI, a blank node, a literal, a triple term or a reified triple), found {_c.DescribeNext()}");
        }

        SkipWhitespace();
        Term? reifier = null;
        if (_c.Peek() == '~')
        {
            _c.Next();
            reifier = ParseReifier();
            SkipWhitespace();
        }

        if (_c.Peek() != '>' || _c.Peek(1) != '>')
        {
            throw _c.Error($"expected '~' or '>>' to close the reified triple opened at {at.Line}:{at.Column}, found {_c.DescribeNext()}");
        }

        _c.Skip(2);
        reifier ??= BlankNode.Create();
        Emit(reifier, Vocabulary.Rdf.Reifies, new TripleTerm(new Triple(subject, predicate, @object)));
        _depth--;
        return reifier;
    }

    /// <summary>reifier ::= '~' (iri | BlankNode)? after the '~': the given IRI or blank node, else a fresh blank node.</summary>
    private Term ParseReifier()
    {
        SkipWhitespace();
        return TryParseIriOrBlankNode("a reifier") ?? BlankNode.Create();
    }

    /// <summary>
    /// annotation ::= (reifier | annotationBlock)* after the object of <c>subject predicate object</c> (Turtle 1.2
    /// #annotation-syntax, #sec-parsing-triples "Annotations" and "Annotation Blocks"). Each reifier emits
    /// <c>reifier rdf:reifies &lt;&lt;( subject predicate object )&gt;&gt;</c>; a block describes the reifier just
    /// before it, or a fresh blank node that reifies the triple when there is none, and uses that reifier up.
    /// </summary>
    private void ParseAnnotation(Term subject, Iri predicate, Term @object)
    {
        TripleTerm? reified = null;
        Term? reifier = null;
        while (true)
        {
            int c = _c.Peek();
            if (c == '~')
            {
                _c.Next();
                reifier = ParseReifier();
                Emit(reifier, Vocabulary.Rdf.Reifies, reified ??= new TripleTerm(new Triple(subject, predicate, @object)));
            }
            else if (c == '{' && _c.Peek(1) == '|')
            {
                var at = _c.Mark();
                _c.Skip(2);
                if (reifier is null)
                {
                    reifier = BlankNode.Create();
                    Emit(reifier, Vocabulary.Rdf.Reifies, reified ??= new TripleTerm(new Triple(subject, predicate, @object)));
                }

                SkipWhitespace();
                ParsePredicateObjectList(reifier);
                SkipWhitespace();
                if (_c.Peek() != '|' || _c.Peek(1) != '}')
                {
                    throw _c.Error($"expected '|}}' to close the annotation block opened at {at.Line}:{at.Column}, found {_c.DescribeNext()}");
                }

                _c.Skip(2);
                reifier = null;
            }
            else
            {
                return;
            }

            SkipWhitespace();
        }
    }

    /// <summary>
    /// iri | BlankNode (ANON included), as the subject of a triple term or reified triple, or a reifier; null when
    /// neither starts here. <paramref name="where"/> names the construct for the error on '[ … ]'.
    /// </summary>
    private Term? TryParseIriOrBlankNode(string where)
    {
        int c = _c.Peek();
        if (c == '<')
        {
            return _c.Peek(1) == '<' ? null : ParseIriRef();
        }

        if (c == '_')
        {
            return ParseBlankNodeLabel();
        }

        if (c == '[')
        {
            var at = _c.Mark();
            _c.Next();
            SkipWhitespace();
            if (_c.Peek() != ']')
            {
                throw _c.Error($"a blank node property list '[ … ]' cannot be used in {where}; only '[]' or a labelled blank node", at);
            }

            _c.Next();
            return BlankNode.Create();
        }

        if (c == ':' || CharClasses.IsPnCharsBase(CodePointAt(0)))
        {
            return ParsePrefixedName();
        }

        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Enter()
    {
        if (++_depth > MaxNesting)
        {
            throw _c.Error($"nesting deeper than {MaxNesting} levels");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Emit(Term subject, Iri predicate, Term @object) => _pending.Add(new Quad(subject, predicate, @object, _graph));

    // ---- terms --------------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri ParseIriRef()
    {
        var at = _c.Mark();
        _c.Next(); // '<'
        ReadOnlySpan<char> buffered = _c.Buffered();
        int stop = buffered.IndexOfAny(IriStops);
        if (stop >= 0 && buffered[stop] == '>')
        {
            // Fast path: no escape, no error, all buffered; a repeated IRI costs no allocation.
            ReadOnlySpan<char> body = buffered[..stop];
            Iri known = _terms.Iris.Find(body) ?? Remember(body.ToString(), at);

            _c.SkipInLine(stop + 1);
            return known;
        }

        _sb.Clear();
        while (true)
        {
            int c = _c.Next();
            if (c == '>')
            {
                break;
            }

            if (c == TextCursor.End)
            {
                throw _c.Error("expected '>' to close the IRI, found end of input", at);
            }

            if (c == '\\')
            {
                int cp = ParseUchar(inIri: true);
                if (CharClasses.IsForbiddenInIriRef(cp))
                {
                    throw _c.Error($"an escape in an IRI may not produce U+{cp:X4}", at);
                }

                _sb.Append(char.ConvertFromUtf32(cp));
                continue;
            }

            if (CharClasses.IsForbiddenInIriRef(c))
            {
                throw _c.Error(c <= 0x20 ? $"U+{c:X4} is not allowed in an IRI" : $"'{(char)c}' is not allowed in an IRI", at);
            }

            _sb.Append((char)c);
        }

        string text = _sb.ToString();
        return _terms.Iris.Find(text) ?? Remember(text, at);
    }

    private Iri Remember(string text, (long, long, long) at)
    {
        Iri iri = Resolve(text, at);
        _terms.Iris.Add(text.AsMemory(), iri);
        return iri;
    }

    private Iri Resolve(string text, (long, long, long) at)
    {
        try
        {
            if (IriSyntax.SchemeEnd(text) > 0)
            {
                return Iri.Parse(text);
            }

            if (_base is null)
            {
                throw _c.Error($"relative IRI <{text}> but no base IRI is set", at);
            }

            return _base.Resolve(text);
        }
        catch (FormatException e)
        {
            throw _c.Error(e.Message.TrimEnd('.'), at);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri ParsePrefixedName()
    {
        if (TryPlainPrefixedName() is Iri known)
        {
            return known;
        }

        var at = _c.Mark();
        string prefix = ScanPrefixName();
        if (_c.Peek() != ':')
        {
            throw _c.Error($"expected ':' after the prefix '{prefix}', found {_c.DescribeNext()} (or an unknown keyword)", at);
        }

        _c.Next();
        if (!_prefixes.TryGetValue(prefix, out string? ns))
        {
            throw _c.Error($"undefined prefix '{prefix}:'", at);
        }

        string local = ScanLocalName();
        string key = prefix + ":" + local;
        if (_terms.PrefixedNames.Find(key) is Iri cached)
        {
            return cached;
        }

        Iri iri;
        try
        {
            iri = Iri.Parse(ns + local);
        }
        catch (FormatException e)
        {
            throw _c.Error(e.Message.TrimEnd('.'), at);
        }

        _terms.PrefixedNames.Add(key.AsMemory(), iri);
        return iri;
    }

    /// <summary>
    /// Fast path: a prefixed name written in plain ASCII (no '.', escape or '%') is looked up by its buffered
    /// characters, without allocating a string; met for the first time, it is resolved from those characters too, so
    /// the only strings made are the IRI and the cache key (the general path makes the prefix, the local name and the
    /// key on the way). Null when the name is not plain, or its prefix is undeclared or its IRI invalid: the general
    /// path then reads it again and reports the error where it is.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Iri? TryPlainPrefixedName()
    {
        ReadOnlySpan<char> buffered = _c.Buffered();
        int length = TurtleWrittenForms.PlainPrefixedNameLength(buffered);
        if (length < 0)
        {
            return null;
        }

        ReadOnlySpan<char> written = buffered[..length];
        Iri? iri = _terms.PrefixedNames.Find(written);
        if (iri is null)
        {
            int colon = written.IndexOf(':');
            if (!_prefixes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(written[..colon], out string? ns)
                || !Iri.TryParse(string.Concat(ns, written[(colon + 1)..]), out iri))
            {
                return null;
            }

            _terms.PrefixedNames.Add(written.ToString().AsMemory(), iri);
        }

        _c.SkipInLine(length);
        return iri;
    }

    /// <summary>PN_PREFIX, possibly empty; stops before ':' or anything else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string ScanPrefixName()
    {
        ReadOnlySpan<char> buffered = _c.Buffered();
        if (buffered.Length > 1 && char.IsAsciiLetter(buffered[0]))
        {
            int run = buffered[1..].IndexOfAnyExcept(TurtleWrittenForms.PrefixNamePlain) + 1;
            if (run > 0 && buffered[run] == ':')
            {
                // Fast path: an ASCII prefix name followed by its ':'.
                string name = buffered[..run].ToString();
                _c.SkipInLine(run);
                return name;
            }
        }

        _sb.Clear();
        int cp = CodePointAt(0);
        if (cp == ':')
        {
            return string.Empty;
        }

        if (!CharClasses.IsPnCharsBase(cp))
        {
            throw _c.Error($"expected a prefix name, found {_c.DescribeNext()}");
        }

        AppendCodePoint(cp);
        AppendNameTail();

        return _sb.ToString();
    }

    /// <summary>
    /// The tail shared by PN_PREFIX and BLANK_NODE_LABEL, <c>((PN_CHARS | '.')* PN_CHARS)?</c>, appended to the buffer:
    /// dots are taken only when a name character follows them, so a name never ends with '.'.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AppendNameTail()
    {
        while (true)
        {
            int cp = CodePointAt(0);
            if (CharClasses.IsPnChars(cp))
            {
                AppendCodePoint(cp);
            }
            else if (cp == '.')
            {
                int dots = 1;
                while (_c.Peek(dots) == '.')
                {
                    dots++;
                }

                if (!CharClasses.IsPnChars(CodePointAt(dots)))
                {
                    return;
                }

                for (int i = 0; i < dots; i++)
                {
                    _sb.Append('.');
                    _c.Next();
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>PN_LOCAL (possibly empty), unescaped; '%' escapes are kept as written.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string ScanLocalName()
    {
        ReadOnlySpan<char> buffered = _c.Buffered();
        int run = buffered.IndexOfAnyExcept(TurtleWrittenForms.LocalNamePlain);
        if (run > 0 && buffered[0] != '-' && buffered[run] < 0x80 && buffered[run] is not ('.' or '\\' or '%'))
        {
            // Fast path: an ASCII name ended by a character that cannot continue it.
            string name = buffered[..run].ToString();
            _c.SkipInLine(run);
            return name;
        }

        _sb.Clear();
        bool first = true;
        while (true)
        {
            int cp = CodePointAt(0);
            if (cp == '\\')
            {
                int escaped = _c.Peek(1);
                if (!CharClasses.IsLocalEscapable(escaped))
                {
                    throw _c.Error($"'\\{(escaped == TextCursor.End ? "" : ((char)escaped).ToString())}' is not an escape allowed in a local name");
                }

                _c.Skip(2);
                _sb.Append((char)escaped);
            }
            else if (cp == '%')
            {
                if (CharClasses.HexValue(_c.Peek(1)) < 0 || CharClasses.HexValue(_c.Peek(2)) < 0)
                {
                    throw _c.Error("'%' in a local name must be followed by two hexadecimal digits");
                }

                _sb.Append((char)_c.Next()).Append((char)_c.Next()).Append((char)_c.Next());
            }
            else if (first ? (CharClasses.IsPnCharsU(cp) || cp == ':' || cp is >= '0' and <= '9') : (CharClasses.IsPnChars(cp) || cp == ':'))
            {
                AppendCodePoint(cp);
            }
            else if (cp == '.' && !first)
            {
                int dots = 1;
                while (_c.Peek(dots) == '.')
                {
                    dots++;
                }

                int after = CodePointAt(dots);
                if (!(CharClasses.IsPnChars(after) || after is ':' or '%' or '\\'))
                {
                    break;
                }

                for (int i = 0; i < dots; i++)
                {
                    _sb.Append('.');
                    _c.Next();
                }
            }
            else
            {
                break;
            }

            first = false;
        }

        return _sb.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BlankNode ParseBlankNodeLabel()
    {
        var at = _c.Mark();
        if (_c.Peek(1) != ':')
        {
            throw _c.Error("expected '_:' to start a blank node label", at);
        }

        _c.Skip(2);
        _sb.Clear();
        int cp = CodePointAt(0);
        if (!(CharClasses.IsPnCharsU(cp) || cp is >= '0' and <= '9'))
        {
            throw _c.Error($"expected a blank node label after '_:', found {_c.DescribeNext()}", at);
        }

        AppendCodePoint(cp);
        AppendNameTail();

        // Labels are scoped to the document (Turtle §2.6), which parallel parts of it share.
        return _blankNodes.GetOrAdd(_sb.ToString(), static _ => BlankNode.Create());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Literal ParseRdfLiteral()
    {
        string lexical = ParseString();
        SkipWhitespace();
        int c = _c.Peek();
        if (c == '@')
        {
            var at = _c.Mark();
            _c.Next();
            _sb.Clear();
            while (char.IsAsciiLetter((char)Math.Max(0, _c.Peek())))
            {
                _sb.Append((char)_c.Next());
            }

            if (_sb.Length == 0)
            {
                throw _c.Error("expected a language tag after '@'", at);
            }

            while (_c.Peek() == '-' && char.IsAsciiLetterOrDigit((char)Math.Max(0, _c.Peek(1))))
            {
                _sb.Append((char)_c.Next());
                while (char.IsAsciiLetterOrDigit((char)Math.Max(0, _c.Peek())))
                {
                    _sb.Append((char)_c.Next());
                }
            }

            string tag = _sb.ToString();
            if (!Literal.IsValidLanguageTag(tag))
            {
                throw _c.Error($"'{tag}' is not a well-formed language tag (BCP 47: subtags of at most 8 characters)", at);
            }

            // LANG_DIR (Turtle 1.2 #sec-grammar-grammar): an initial text direction, 'ltr' or 'rtl', after '--'.
            BaseDirection? direction = null;
            if (_c.Peek() == '-' && _c.Peek(1) == '-')
            {
                var directionAt = _c.Mark();
                _c.Skip(2);
                direction = _c.LookingAt("ltr") ? BaseDirection.Ltr : _c.LookingAt("rtl") ? BaseDirection.Rtl : null;
                if (direction is null || char.IsAsciiLetterOrDigit((char)Math.Max(0, _c.Peek(3))))
                {
                    throw _c.Error("expected the base direction 'ltr' or 'rtl' (lower case) after '--'", directionAt);
                }

                _c.Skip(3);
            }

            return new Literal(lexical, tag, direction);
        }

        if (c == '^' && _c.Peek(1) == '^')
        {
            _c.Skip(2);
            SkipWhitespace();
            int d = _c.Peek();
            Iri datatype = d == '<' ? ParseIriRef()
                : d == ':' || CharClasses.IsPnCharsBase(CodePointAt(0)) ? ParsePrefixedName()
                : throw _c.Error($"expected a datatype IRI after '^^', found {_c.DescribeNext()}");
            if (datatype.Equals(Vocabulary.Rdf.LangString) || datatype.Equals(Vocabulary.Rdf.DirLangString))
            {
                throw _c.Error("a literal typed rdf:langString needs a language tag instead");
            }

            return new Literal(lexical, datatype);
        }

        return new Literal(lexical);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string ParseString()
    {
        var at = _c.Mark();
        int quote = _c.Next();
        bool isLong = _c.Peek() == quote && _c.Peek(1) == quote;
        if (isLong)
        {
            _c.Skip(2);
        }

        if (!isLong)
        {
            ReadOnlySpan<char> buffered = _c.Buffered();
            int stop = buffered.IndexOfAny(quote == '"' ? DoubleQuotedStops : SingleQuotedStops);
            if (stop >= 0 && buffered[stop] == quote)
            {
                // Fast path: a short string without escapes, all buffered.
                string text = buffered[..stop].ToString();
                _c.SkipInLine(stop + 1);
                return text;
            }
        }

        _sb.Clear();
        while (true)
        {
            int c = _c.Next();
            if (c == TextCursor.End)
            {
                throw _c.Error("expected the closing quote of the string, found end of input", at);
            }

            if (c == quote)
            {
                if (!isLong)
                {
                    break;
                }

                if (_c.Peek() == quote && _c.Peek(1) == quote)
                {
                    // Three quotes always close: a quote inside a long string must be followed by another character.
                    _c.Skip(2);
                    break;
                }

                _sb.Append((char)c);
                continue;
            }

            if (c == '\\')
            {
                AppendEscape();
                continue;
            }

            if (!isLong && (c == '\n' || c == '\r'))
            {
                throw _c.Error("a line break is not allowed in a short string; use \\n or a \"\"\"long string\"\"\"", at);
            }

            _sb.Append((char)c);
        }

        return _sb.ToString();
    }

    private void AppendEscape()
    {
        int c = _c.Peek();
        switch (c)
        {
            case 't': _c.Next(); _sb.Append('\t'); break;
            case 'b': _c.Next(); _sb.Append('\b'); break;
            case 'n': _c.Next(); _sb.Append('\n'); break;
            case 'r': _c.Next(); _sb.Append('\r'); break;
            case 'f': _c.Next(); _sb.Append('\f'); break;
            case '"': _c.Next(); _sb.Append('"'); break;
            case '\'': _c.Next(); _sb.Append('\''); break;
            case '\\': _c.Next(); _sb.Append('\\'); break;
            case 'u':
            case 'U':
                _sb.Append(char.ConvertFromUtf32(ParseUchar(inIri: false)));
                break;
            default:
                throw _c.Error($"'\\{(c == TextCursor.End ? "" : ((char)c).ToString())}' is not a valid escape sequence");
        }
    }

    /// <summary>UCHAR after the backslash: \uXXXX or \UXXXXXXXX, as a code point.</summary>
    private int ParseUchar(bool inIri)
    {
        int kind = _c.Next();
        int digits = kind == 'u' ? 4 : kind == 'U' ? 8 : throw _c.Error(inIri ? "only \\u and \\U escapes are allowed in an IRI" : "invalid escape");
        int value = 0;
        for (int i = 0; i < digits; i++)
        {
            int h = CharClasses.HexValue(_c.Peek());
            if (h < 0)
            {
                throw _c.Error($"expected {digits} hexadecimal digits in the \\{(char)kind} escape, found {_c.DescribeNext()}");
            }

            _c.Next();
            value = (value << 4) | h;
        }

        if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            throw _c.Error($"the escape \\{(char)kind}{value:X} is not a Unicode scalar value");
        }

        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Literal ParseNumber()
    {
        var at = _c.Mark();
        _sb.Clear();
        if (_c.Peek() is '+' or '-')
        {
            _sb.Append((char)_c.Next());
        }

        int intDigits = ScanDigits();
        bool isDecimal = false;
        int fracDigits = 0;
        if (_c.Peek() == '.' && (char.IsAsciiDigit((char)Math.Max(0, _c.Peek(1))) || (intDigits > 0 && IsExponentAhead(1))))
        {
            _sb.Append((char)_c.Next());
            isDecimal = true;
            fracDigits = ScanDigits();
        }

        if (intDigits == 0 && fracDigits == 0)
        {
            throw _c.Error("expected a number", at);
        }

        if (_c.Peek() is 'e' or 'E')
        {
            _sb.Append((char)_c.Next());
            if (_c.Peek() is '+' or '-')
            {
                _sb.Append((char)_c.Next());
            }

            if (ScanDigits() == 0)
            {
                throw _c.Error("expected digits in the exponent", at);
            }

            return new Literal(_sb.ToString(), Vocabulary.Xsd.Double);
        }

        return new Literal(_sb.ToString(), isDecimal ? Vocabulary.Xsd.Decimal : Vocabulary.Xsd.Integer);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsExponentAhead(int offset)
    {
        if (_c.Peek(offset) is not ('e' or 'E'))
        {
            return false;
        }

        int next = _c.Peek(offset + 1);
        return char.IsAsciiDigit((char)Math.Max(0, next)) || (next is '+' or '-' && char.IsAsciiDigit((char)Math.Max(0, _c.Peek(offset + 2))));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ScanDigits()
    {
        int n = 0;
        while (char.IsAsciiDigit((char)Math.Max(0, _c.Peek())))
        {
            _sb.Append((char)_c.Next());
            n++;
        }

        return n;
    }

    // ---- characters ---------------------------------------------------------------------------------------------

    /// <summary>The code point starting <paramref name="ahead"/> units on (a surrogate pair read as one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CodePointAt(int ahead)
    {
        int c = _c.Peek(ahead);
        if (c != TextCursor.End && char.IsHighSurrogate((char)c))
        {
            int low = _c.Peek(ahead + 1);
            if (low != TextCursor.End && char.IsLowSurrogate((char)low))
            {
                return char.ConvertToUtf32((char)c, (char)low);
            }
        }

        return c;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AppendCodePoint(int cp)
    {
        if (cp >= 0x10000)
        {
            _sb.Append((char)_c.Next()).Append((char)_c.Next());
        }
        else
        {
            _sb.Append((char)_c.Next());
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipWhitespace()
    {
        while (true)
        {
            // Fast path: runs of blanks and tabs, and a comment's text up to its line break, are skipped in one step.
            ReadOnlySpan<char> buffered = _c.Buffered();
            if (buffered.IsEmpty)
            {
                return;
            }

            int c = buffered[0];
            if (c is ' ' or '\t')
            {
                // Mostly a single blank between terms: only a longer run is worth a vectorised search.
                int blanks = buffered.Length > 1 && buffered[1] is not (' ' or '\t') ? 1 : buffered.IndexOfAnyExcept(' ', '\t');
                _c.SkipInLine(blanks < 0 ? buffered.Length : blanks);
                continue;
            }

            if (c > ' ' && c != '#')
            {
                return;
            }

            if (c == '#' && buffered.IndexOfAny('\n', '\r') is int lineEnd and > 0)
            {
                _c.SkipInLine(lineEnd);
                continue;
            }

            if (c is '\n' or '\r')
            {
                _c.Next();
            }
            else if (c == '#')
            {
                while (_c.Peek() is not ('\n' or '\r' or TextCursor.End))
                {
                    _c.Next();
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>
    /// Lenient mode: skips the rest of the bad statement. Statements are assumed to end at the end of a line whose
    /// last character (before a comment) is '.', or '}' for a TriG graph block, which is then closed.
    /// </summary>
    private void Recover()
    {
        _depth = 0;
        var line = new StringBuilder();
        while (true)
        {
            line.Clear();
            while (_c.Peek() is not ('\n' or TextCursor.End))
            {
                line.Append((char)_c.Next());
            }

            bool atEnd = _c.Next() == TextCursor.End;
            string text = line.ToString();
            int comment = text.IndexOf(" #", StringComparison.Ordinal);
            string content = (comment >= 0 ? text[..comment] : text).TrimEnd();
            if (content.EndsWith('}') && _inGraphBlock)
            {
                _inGraphBlock = false;
                _graph = null;
                return;
            }

            if (content.EndsWith('.') || atEnd)
            {
                return;
            }
        }
    }
}
