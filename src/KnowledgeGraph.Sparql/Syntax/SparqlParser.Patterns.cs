using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

public sealed partial class SparqlParser
{
    /// <summary>GroupGraphPattern: '{' ( SubSelect | GroupGraphPatternSub ) '}' (§19.8 [53]).</summary>
    internal GroupPattern GroupGraphPattern()
    {
        Enter();
        int offset = Peek().Offset;
        Expect("{");
        _bgpScope++;
        var elements = new List<PatternElement>();
        if (Peek().IsKeyword("SELECT"))
        {
            elements.Add(SubSelect());
            Expect("}");
            _depth--;
            _bgpScope++;
            return new GroupPattern(elements, offset);
        }

        while (true)
        {
            Token t = Peek();
            if (t.Is("}"))
            {
                _i++;
                break;
            }

            if (IsTriplesStart(t))
            {
                var triples = new List<SyntaxTriple>();
                TriplesSameSubject(triples, allowPaths: true);
                while (TryPunct("."))
                {
                    if (!IsTriplesStart(Peek()))
                    {
                        break;
                    }

                    TriplesSameSubject(triples, allowPaths: true);
                }

                elements.Add(new TriplesElement(triples, t.Offset));
                if (!Peek().Is("}") && IsTriplesStart(Peek()))
                {
                    throw Error("'.' between triple patterns");
                }

                continue;
            }

            elements.Add(GraphPatternNotTriples());
            TryPunct(".");
        }

        _depth--;
        _bgpScope++;
        return new GroupPattern(elements, offset);
    }

    private static bool IsTriplesStart(Token t) =>
        t.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName or TokenKind.BlankNodeLabel
            or TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double or TokenKind.Nil or TokenKind.Anon
        || t.Is("[") || t.Is("(") || t.Is("+") || t.Is("-") || t.IsKeyword("true") || t.IsKeyword("false");

    private PatternElement GraphPatternNotTriples()
    {
        Token t = Peek();
        if (t.Is("{"))
        {
            GroupPattern first = GroupGraphPattern();
            if (!Peek().IsKeyword("UNION"))
            {
                return new GroupElement(first, t.Offset);
            }

            var alternatives = new List<GroupPattern> { first };
            while (TryKeyword("UNION"))
            {
                alternatives.Add(GroupGraphPattern());
            }

            return new UnionElement(alternatives, t.Offset);
        }

        if (TryKeyword("OPTIONAL"))
        {
            return new OptionalElement(GroupGraphPattern(), t.Offset);
        }

        if (TryKeyword("MINUS"))
        {
            return new MinusElement(GroupGraphPattern(), t.Offset);
        }

        if (TryKeyword("GRAPH"))
        {
            PatternNode name = VarOrIri();
            return new GraphElement(name, GroupGraphPattern(), t.Offset);
        }

        if (TryKeyword("SERVICE"))
        {
            bool silent = TryKeyword("SILENT");
            PatternNode endpoint = VarOrIri();
            return new ServiceElement(endpoint, silent, GroupGraphPattern(), t.Offset);
        }

        if (TryKeyword("FILTER"))
        {
            return new FilterElement(Constraint(), t.Offset);
        }

        if (TryKeyword("BIND"))
        {
            Expect("(");
            Expression e = Expression();
            ExpectKeyword("AS");
            Token v = Next();
            if (v.Kind != TokenKind.Variable)
            {
                throw Error("a variable after AS", v);
            }

            Expect(")");
            return new BindElement(e, v.Text, v.Offset);
        }

        if (TryKeyword("VALUES"))
        {
            return new ValuesElement(DataBlock(), t.Offset);
        }

        throw Error("a triple pattern, '{', OPTIONAL, MINUS, GRAPH, SERVICE, FILTER, BIND, VALUES or '}'");
    }

    private SubSelectElement SubSelect()
    {
        int offset = Peek().Offset;
        ExpectKeyword("SELECT");
        var body = new QueryBody();
        SelectClause(body);
        WhereClause(body, required: true);
        SolutionModifier(body);
        if (TryKeyword("VALUES"))
        {
            body.Values = DataBlock();
        }

        return new SubSelectElement(body, offset);
    }

    /// <summary>ConstructTemplate: '{' ConstructTriples? '}' (§19.8 [73]).</summary>
    private List<SyntaxTriple> ConstructTemplate()
    {
        Expect("{");
        var triples = new List<SyntaxTriple>();
        _inTemplate = true;
        while (!Peek().Is("}"))
        {
            TriplesSameSubject(triples, allowPaths: false);
            if (!TryPunct("."))
            {
                break;
            }
        }

        _inTemplate = false;
        Expect("}");
        return triples;
    }

    /// <summary>TriplesSameSubject(Path): a subject with its property list, or a triples node (§19.8 [75], [81]).</summary>
    private void TriplesSameSubject(List<SyntaxTriple> output, bool allowPaths)
    {
        Token t = Peek();
        if (t.Is("[") || t.Is("("))
        {
            PatternNode subject = TriplesNode(output, allowPaths);
            // The property list is optional after a triples node (§19.8 [75] TriplesNode PropertyList).
            if (IsVerbStart(Peek()) && !Peek().Is("("))
            {
                PropertyList(subject, output, allowPaths);
            }

            return;
        }

        PatternNode s = VarOrTerm();
        PropertyList(s, output, allowPaths);
    }

    private bool IsVerbStart(Token t) =>
        t.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName
        || (t.Kind == TokenKind.Name && t.Text == "a") || t.Is("^") || t.Is("!") || t.Is("(");

    /// <summary>PropertyListNotEmpty: Verb ObjectList ( ';' ( Verb ObjectList )? )* (§19.8 [77], [83]).</summary>
    private void PropertyList(PatternNode subject, List<SyntaxTriple> output, bool allowPaths)
    {
        Enter();
        while (true)
        {
            PatternNode? predicate = null;
            PropertyPath? path = null;
            Token t = Peek();
            if (t.Kind == TokenKind.Variable)
            {
                CheckQuadBlockTerm(t);
                _i++;
                predicate = PatternNode.Var(t.Text);
            }
            else if (allowPaths)
            {
                path = PathAlternative();
                if (path is LinkPath link)
                {
                    predicate = PatternNode.Const(link.Predicate);
                    path = null;
                }
            }
            else if (t.Kind == TokenKind.Name && t.Text == "a")
            {
                _i++;
                predicate = PatternNode.Const(Vocabulary.Rdf.Type);
            }
            else
            {
                predicate = PatternNode.Const(IriToken());
            }

            do
            {
                PatternNode o = GraphNode(output, allowPaths);
                output.Add(new SyntaxTriple(subject, predicate, path, o));
            }
            while (TryPunct(","));

            if (!TryPunct(";"))
            {
                break;
            }

            while (TryPunct(";"))
            {
            }

            Token next = Peek();
            if (!IsVerbStart(next) || (!allowPaths && (next.Is("(") || next.Is("^") || next.Is("!"))))
            {
                break;
            }
        }

        _depth--;
    }

    private PatternNode GraphNode(List<SyntaxTriple> output, bool allowPaths)
    {
        Token t = Peek();
        if (t.Is("[") || t.Is("("))
        {
            return TriplesNode(output, allowPaths);
        }

        return VarOrTerm();
    }

    /// <summary>Collection or BlankNodePropertyList (§19.8 [98], [102]).</summary>
    private PatternNode TriplesNode(List<SyntaxTriple> output, bool allowPaths)
    {
        Enter();
        CheckQuadBlockTerm(Peek());
        Token t = Next();
        PatternNode result;
        if (t.Is("["))
        {
            result = FreshBlank();
            PropertyList(result, output, allowPaths);
            Expect("]");
        }
        else
        {
            var items = new List<PatternNode>();
            do
            {
                items.Add(GraphNode(output, allowPaths));
            }
            while (!Peek().Is(")"));
            _i++;
            result = FreshBlank();
            PatternNode current = result;
            for (int k = 0; k < items.Count; k++)
            {
                output.Add(new SyntaxTriple(current, PatternNode.Const(Vocabulary.Rdf.First), null, items[k]));
                PatternNode rest = k == items.Count - 1 ? PatternNode.Const(Vocabulary.Rdf.Nil) : FreshBlank();
                output.Add(new SyntaxTriple(current, PatternNode.Const(Vocabulary.Rdf.Rest), null, rest));
                current = rest;
            }
        }

        _depth--;
        return result;
    }

    private PatternNode FreshBlank()
    {
        string label = ".b" + (_blankCounter++).ToString(CultureInfo.InvariantCulture);
        return _inTemplate ? PatternNode.Const(new BlankNode(label[1..] + "_t")) : PatternNode.Var(label);
    }

    private PatternNode VarOrTerm()
    {
        Token t = Peek();
        CheckQuadBlockTerm(t);
        switch (t.Kind)
        {
            case TokenKind.Variable:
                _i++;
                return PatternNode.Var(t.Text);
            case TokenKind.IriRef or TokenKind.PrefixedName:
                return PatternNode.Const(IriToken());
            case TokenKind.BlankNodeLabel:
                _i++;
                if (_inTemplate)
                {
                    return PatternNode.Const(new BlankNode(t.Text));
                }

                if (_blankLabelScopes.TryGetValue(t.Text, out int scope) && scope != _bgpScope)
                {
                    throw ErrorAt(t.Offset, $"blank node label _:{t.Text} is used in two basic graph patterns (§19.6)");
                }

                _blankLabelScopes[t.Text] = _bgpScope;
                return PatternNode.Var(".l" + t.Text);
            case TokenKind.Anon:
                _i++;
                return FreshBlank();
            case TokenKind.Nil:
                _i++;
                return PatternNode.Const(Vocabulary.Rdf.Nil);
            default:
                return PatternNode.Const(LiteralTerm());
        }
    }

    // ---- Property paths (§9, §19.8 [88]-[96]) ----
    private PropertyPath PathAlternative()
    {
        Enter();
        PropertyPath p = PathSequence();
        while (TryPunct("|"))
        {
            p = new AlternativePath(p, PathSequence());
        }

        _depth--;
        return p;
    }

    private PropertyPath PathSequence()
    {
        PropertyPath p = PathEltOrInverse();
        while (TryPunct("/"))
        {
            p = new SequencePath(p, PathEltOrInverse());
        }

        return p;
    }

    private PropertyPath PathEltOrInverse()
    {
        if (TryPunct("^"))
        {
            return new InversePath(PathElt());
        }

        return PathElt();
    }

    private PropertyPath PathElt()
    {
        PropertyPath p = PathPrimary();
        Token t = Peek();
        if (t.Is("*"))
        {
            _i++;
            return new ZeroOrMorePath(p);
        }

        if (t.Is("+"))
        {
            _i++;
            return new OneOrMorePath(p);
        }

        if (t.Is("?"))
        {
            _i++;
            return new ZeroOrOnePath(p);
        }

        return p;
    }

    private PropertyPath PathPrimary()
    {
        Token t = Peek();
        if (t.Kind == TokenKind.Name && t.Text == "a")
        {
            _i++;
            return new LinkPath(Vocabulary.Rdf.Type);
        }

        if (TryPunct("!"))
        {
            var forward = new List<Iri>();
            var inverse = new List<Iri>();
            if (TryPunct("("))
            {
                if (!TryPunct(")"))
                {
                    do
                    {
                        PathOneInPropertySet(forward, inverse);
                    }
                    while (TryPunct("|"));
                    Expect(")");
                }
            }
            else if (Peek().Kind == TokenKind.Nil)
            {
                _i++;
            }
            else
            {
                PathOneInPropertySet(forward, inverse);
            }

            return new NegatedPropertySet(forward, inverse);
        }

        if (TryPunct("("))
        {
            PropertyPath p = PathAlternative();
            Expect(")");
            return p;
        }

        if (t.Kind is TokenKind.IriRef or TokenKind.PrefixedName)
        {
            return new LinkPath(IriToken());
        }

        throw Error("a predicate or property path");
    }

    private void PathOneInPropertySet(List<Iri> forward, List<Iri> inverse)
    {
        bool inv = TryPunct("^");
        Iri iri;
        if (Peek().Kind == TokenKind.Name && Peek().Text == "a")
        {
            _i++;
            iri = Vocabulary.Rdf.Type;
        }
        else
        {
            iri = IriToken();
        }

        (inv ? inverse : forward).Add(iri);
    }
}
