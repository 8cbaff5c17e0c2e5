using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

public sealed partial class SparqlParser
{
    // Set while parsing a block where the grammar notes of §19.8 forbid variables (QuadData) or blank nodes
    // (DELETE DATA, DELETE WHERE, a DeleteClause): the name of the construct, for the error message.
    private string? _noVariablesIn;
    private string? _noBlankNodesIn;

    // §19.6: a blank node label may not appear in two INSERT DATA operations of one request.
    private readonly Dictionary<string, int> _insertDataLabels = new(StringComparer.Ordinal);
    private int _insertDataOperation = -1;

    /// <summary>Parses an update request (§19.8 rule UpdateUnit; SPARQL 1.1 Update §3).</summary>
    /// <param name="text">The request text.</param>
    /// <param name="baseIri">The base IRI for relative IRIs, overridden by BASE; null: relative IRIs are errors.</param>
    /// <exception cref="SparqlSyntaxException">The text is not a legal request; the exception gives line and column.</exception>
    public static SparqlUpdate ParseUpdate(string text, Iri? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SparqlParser(text, baseIri).Update();
    }

    /// <summary>Update: Prologue ( Update1 ( ';' Update )? )? (§19.8 [29]); the prologue may change between operations.</summary>
    private SparqlUpdate Update()
    {
        var operations = new List<UpdateOperation>();
        while (true)
        {
            Prologue();
            if (Peek().Kind == TokenKind.End)
            {
                break;
            }

            operations.Add(Update1(operations.Count));
            if (TryPunct(";"))
            {
                continue;
            }

            if (Peek().Kind != TokenKind.End)
            {
                throw Error("';' between operations or the end of the request");
            }

            break;
        }

        return new SparqlUpdate(_text, _base, operations);
    }

    private UpdateOperation Update1(int index)
    {
        Token t = Peek();
        if (TryKeyword("LOAD"))
        {
            bool silent = TryKeyword("SILENT");
            Iri source = IriToken();
            Iri? into = null;
            if (TryKeyword("INTO"))
            {
                ExpectKeyword("GRAPH");
                into = IriToken();
            }

            return new LoadOperation(source, into, silent, t.Offset);
        }

        if (TryKeyword("CLEAR") || TryKeyword("DROP"))
        {
            bool silent = TryKeyword("SILENT");
            return new ClearOperation(GraphRefAll(), t.IsKeyword("DROP"), silent, t.Offset);
        }

        if (TryKeyword("CREATE"))
        {
            bool silent = TryKeyword("SILENT");
            ExpectKeyword("GRAPH");
            return new CreateOperation(IriToken(), silent, t.Offset);
        }

        if (TryKeyword("ADD") || TryKeyword("MOVE") || TryKeyword("COPY"))
        {
            TransferKind kind = t.IsKeyword("ADD") ? TransferKind.Add : t.IsKeyword("MOVE") ? TransferKind.Move : TransferKind.Copy;
            bool silent = TryKeyword("SILENT");
            GraphTarget source = GraphOrDefault();
            ExpectKeyword("TO");
            return new TransferOperation(kind, source, GraphOrDefault(), silent, t.Offset);
        }

        if (t.IsKeyword("INSERT") && Peek(1).IsKeyword("DATA"))
        {
            _i += 2;
            _insertDataOperation = index;
            List<QuadTemplate> quads = QuadBlock(template: true, noVariables: "INSERT DATA", noBlankNodes: null);
            _insertDataOperation = -1;
            return new DataOperation(false, quads, t.Offset);
        }

        if (t.IsKeyword("DELETE") && Peek(1).IsKeyword("DATA"))
        {
            _i += 2;
            return new DataOperation(true, QuadBlock(template: true, noVariables: "DELETE DATA", noBlankNodes: "DELETE DATA"), t.Offset);
        }

        if (t.IsKeyword("DELETE") && Peek(1).IsKeyword("WHERE"))
        {
            _i += 2;
            return DeleteWhere(t.Offset);
        }

        if (t.IsKeyword("WITH") || t.IsKeyword("DELETE") || t.IsKeyword("INSERT"))
        {
            return Modify(t.Offset);
        }

        throw Error("an update operation (INSERT, DELETE, WITH, LOAD, CLEAR, DROP, CREATE, ADD, MOVE or COPY)");
    }

    /// <summary>GraphRefAll: GraphRef | DEFAULT | NAMED | ALL (§19.8 [46]).</summary>
    private GraphTarget GraphRefAll()
    {
        if (TryKeyword("GRAPH"))
        {
            return GraphTarget.Graph(IriToken());
        }

        if (TryKeyword("DEFAULT"))
        {
            return GraphTarget.Default;
        }

        if (TryKeyword("NAMED"))
        {
            return new GraphTarget(GraphTargetKind.AllNamed, null);
        }

        if (TryKeyword("ALL"))
        {
            return new GraphTarget(GraphTargetKind.All, null);
        }

        throw Error("GRAPH <iri>, DEFAULT, NAMED or ALL");
    }

    /// <summary>GraphOrDefault: DEFAULT | GRAPH? iri (§19.8 [45]).</summary>
    private GraphTarget GraphOrDefault()
    {
        if (TryKeyword("DEFAULT"))
        {
            return GraphTarget.Default;
        }

        TryKeyword("GRAPH");
        if (Peek().Kind is not (TokenKind.IriRef or TokenKind.PrefixedName))
        {
            throw Error("DEFAULT or a graph IRI");
        }

        return GraphTarget.Graph(IriToken());
    }

    /// <summary>DELETE WHERE QuadPattern (§3.1.3.3): the quads are both the pattern and the delete template.</summary>
    private ModifyOperation DeleteWhere(int offset)
    {
        int patternOffset = Peek().Offset;
        _bgpScope++;
        List<QuadTemplate> quads = QuadBlock(template: false, noVariables: null, noBlankNodes: "DELETE WHERE");
        _bgpScope++;
        var elements = new List<PatternElement>();
        var defaultTriples = quads.Where(q => q.Graph is null).Select(ToSyntaxTriple).ToList();
        if (defaultTriples.Count > 0)
        {
            elements.Add(new TriplesElement(defaultTriples, patternOffset));
        }

        foreach (IGrouping<PatternNode, QuadTemplate> g in quads.Where(q => q.Graph is not null).GroupBy(q => q.Graph!.Value))
        {
            var inner = new GroupPattern([new TriplesElement(g.Select(ToSyntaxTriple).ToList(), patternOffset)], patternOffset);
            elements.Add(new GraphElement(g.Key, inner, patternOffset));
        }

        SparqlQuery where = WhereQuery(new GroupPattern(elements, patternOffset), [], [], namedFromStore: false);
        return new ModifyOperation(null, quads, [], [], [], where, offset);
    }

    private static SyntaxTriple ToSyntaxTriple(QuadTemplate q) => new(q.Subject, q.Predicate, null, q.Object);

    /// <summary>
    /// Modify: ( WITH iri )? ( DeleteClause InsertClause? | InsertClause ) UsingClause* WHERE GroupGraphPattern (§19.8 [41]).
    /// </summary>
    private ModifyOperation Modify(int offset)
    {
        Iri? with = TryKeyword("WITH") ? IriToken() : null;
        List<QuadTemplate> delete = [];
        List<QuadTemplate> insert = [];
        bool any = false;
        if (TryKeyword("DELETE"))
        {
            delete = QuadBlock(template: true, noVariables: null, noBlankNodes: "a DELETE template");
            any = true;
        }

        if (TryKeyword("INSERT"))
        {
            insert = QuadBlock(template: true, noVariables: null, noBlankNodes: null);
            any = true;
        }

        if (!any)
        {
            throw Error("DELETE { ... } or INSERT { ... }");
        }

        var usingGraphs = new List<Iri>();
        var usingNamed = new List<Iri>();
        while (TryKeyword("USING"))
        {
            (TryKeyword("NAMED") ? usingNamed : usingGraphs).Add(IriToken());
        }

        ExpectKeyword("WHERE");
        GroupPattern pattern = GroupGraphPattern();

        // §3.1.3.2: USING / USING NAMED replace the dataset of the WHERE clause, and then WITH does not apply to it.
        bool hasUsing = usingGraphs.Count + usingNamed.Count > 0;
        SparqlQuery where = hasUsing || with is null
            ? WhereQuery(pattern, usingGraphs, usingNamed, namedFromStore: false)
            : WhereQuery(pattern, [with], [], namedFromStore: true);
        return new ModifyOperation(with, delete, insert, usingGraphs, usingNamed, where, offset);
    }

    private SparqlQuery WhereQuery(GroupPattern pattern, IReadOnlyList<Iri> defaultGraphs, IReadOnlyList<Iri> namedGraphs, bool namedFromStore)
    {
        var body = new QueryBody { Where = pattern };
        var query = new SparqlQuery(_text, QueryForm.Select, _base, _prefixes, defaultGraphs, namedGraphs, body, null, [])
        {
            NamedGraphsFromStore = namedFromStore,
        };
        query.Algebra = AlgebraTranslator.Translate(query);
        return query;
    }

    /// <summary>
    /// QuadPattern / QuadData: '{' Quads '}' with Quads: TriplesTemplate? ( QuadsNotTriples '.'? TriplesTemplate? )*
    /// (§19.8 [48]–[52]). In a template, blank nodes are constants standing for fresh blank nodes; in the DELETE WHERE
    /// pattern they would be variables, but that form forbids them.
    /// </summary>
    private List<QuadTemplate> QuadBlock(bool template, string? noVariables, string? noBlankNodes)
    {
        Expect("{");
        bool wasTemplate = _inTemplate;
        _inTemplate = template;
        _noVariablesIn = noVariables;
        _noBlankNodesIn = noBlankNodes;
        var quads = new List<QuadTemplate>();
        bool triplesAllowed = true;
        while (!TryPunct("}"))
        {
            Token t = Peek();
            if (t.IsKeyword("GRAPH"))
            {
                _i++;
                Token nameToken = Peek();
                PatternNode name = VarOrIri();
                if (name.IsVariable && _noVariablesIn is { } where)
                {
                    throw ErrorAt(nameToken.Offset, $"{where} may not use variables (§19.8 QuadData)");
                }

                Expect("{");
                if (!Peek().Is("}"))
                {
                    TriplesTemplate(quads, name);
                }

                Expect("}");
                TryPunct(".");
                triplesAllowed = true;
                continue;
            }

            if (!triplesAllowed || !IsTriplesStart(t))
            {
                throw Error(triplesAllowed ? "a triple, GRAPH or '}'" : "'.', GRAPH or '}'");
            }

            TriplesTemplate(quads, null);
            triplesAllowed = false;
        }

        _inTemplate = wasTemplate;
        _noVariablesIn = null;
        _noBlankNodesIn = null;
        return quads;
    }

    /// <summary>TriplesTemplate: TriplesSameSubject ( '.' TriplesTemplate? )? (§19.8 [52]).</summary>
    private void TriplesTemplate(List<QuadTemplate> output, PatternNode? graph)
    {
        var triples = new List<SyntaxTriple>();
        do
        {
            TriplesSameSubject(triples, allowPaths: false);
        }
        while (TryPunct(".") && IsTriplesStart(Peek()));

        foreach (SyntaxTriple t in triples)
        {
            output.Add(new QuadTemplate(t.Subject, t.Predicate!.Value, t.Object, graph));
        }
    }

    /// <summary>The checks of §19.6 and the §19.8 notes on a variable, blank node label or anonymous blank node in a quad block.</summary>
    private void CheckQuadBlockTerm(Token t)
    {
        if (t.Kind == TokenKind.Variable && _noVariablesIn is { } noVars)
        {
            throw ErrorAt(t.Offset, $"{noVars} may not use variables (§19.8 QuadData)");
        }

        if (t.Kind is TokenKind.BlankNodeLabel or TokenKind.Anon || t.Is("[") || t.Is("("))
        {
            if (_noBlankNodesIn is { } noBlanks)
            {
                throw ErrorAt(t.Offset, $"{noBlanks} may not use blank nodes (§19.6)");
            }

            if (t.Kind == TokenKind.BlankNodeLabel && _insertDataOperation >= 0)
            {
                if (_insertDataLabels.TryGetValue(t.Text, out int op) && op != _insertDataOperation)
                {
                    throw ErrorAt(t.Offset, $"blank node label _:{t.Text} is used in two INSERT DATA operations (§19.6)");
                }

                _insertDataLabels[t.Text] = _insertDataOperation;
            }
        }
    }
}
