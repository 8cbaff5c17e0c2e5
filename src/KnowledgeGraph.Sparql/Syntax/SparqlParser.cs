using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// A recursive-descent parser for SPARQL 1.1 queries (grammar of §19.8). Parsing also translates the query to algebra
/// (§18.2), because some rules that make a query illegal are checked there (§18.2.1 scoping, §11.4 projection).
/// </summary>
public sealed partial class SparqlParser
{
    private const int MaxDepth = 200;

    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _i;
    private Iri? _base;
    private PrefixMap _prefixes = PrefixMap.Empty;
    private int _depth;
    private int _blankCounter;
    private int _bgpScope;
    private readonly Dictionary<string, int> _blankLabelScopes = new(StringComparer.Ordinal);
    private bool _inTemplate;
    private bool _aggregatesAllowed;
    private bool _inAggregate;

    private SparqlParser(string text, Iri? baseIri)
    {
        _text = text;
        _base = baseIri;
        _tokens = SparqlLexer.Tokenize(text);
    }

    /// <summary>Parses a query (§19.8 rule QueryUnit) and translates it to algebra.</summary>
    /// <param name="text">The query text.</param>
    /// <param name="baseIri">The base IRI for relative IRIs, overridden by BASE; null: relative IRIs are errors.</param>
    /// <exception cref="SparqlSyntaxException">The text is not a legal query; the exception gives line and column.</exception>
    public static SparqlQuery ParseQuery(string text, Iri? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new SparqlParser(text, baseIri);
        SparqlQuery query = parser.Query();
        query.Algebra = AlgebraTranslator.Translate(query);
        return query;
    }

    private Token Peek(int ahead = 0) => _tokens[Math.Min(_i + ahead, _tokens.Count - 1)];

    private Token Next() => _tokens[Math.Min(_i++, _tokens.Count - 1)];

    private SparqlSyntaxException Error(string expected, Token? at = null)
    {
        Token t = at ?? Peek();
        return SparqlSyntaxException.At(_text, t.Offset, $"expected {expected}, found {t}");
    }

    private SparqlSyntaxException ErrorAt(int offset, string message) => SparqlSyntaxException.At(_text, offset, message);

    private bool TryPunct(string p)
    {
        if (Peek().Is(p))
        {
            _i++;
            return true;
        }

        return false;
    }

    private void Expect(string p)
    {
        if (!TryPunct(p))
        {
            throw Error("'" + p + "'");
        }
    }

    private bool TryKeyword(string k)
    {
        if (Peek().IsKeyword(k))
        {
            _i++;
            return true;
        }

        return false;
    }

    private void ExpectKeyword(string k)
    {
        if (!TryKeyword(k))
        {
            throw Error(k);
        }
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Error("a less deeply nested query");
        }
    }

    private SparqlQuery Query()
    {
        Prologue();
        Token t = Peek();
        var body = new QueryBody();
        QueryForm form;
        List<SyntaxTriple>? template = null;
        var describe = new List<PatternNode>();
        var from = new List<Iri>();
        var fromNamed = new List<Iri>();
        if (TryKeyword("SELECT"))
        {
            form = QueryForm.Select;
            SelectClause(body);
            DatasetClauses(from, fromNamed);
            WhereClause(body, required: true);
        }
        else if (TryKeyword("CONSTRUCT"))
        {
            form = QueryForm.Construct;
            if (Peek().Is("{"))
            {
                template = ConstructTemplate();
                DatasetClauses(from, fromNamed);
                WhereClause(body, required: true);
            }
            else
            {
                // CONSTRUCT WHERE { TriplesTemplate }: the template is the pattern (§16.2.4).
                DatasetClauses(from, fromNamed);
                ExpectKeyword("WHERE");
                int offset = Peek().Offset;
                Expect("{");
                _bgpScope++;
                List<SyntaxTriple> triples = [];
                _inTemplate = false;
                while (!Peek().Is("}"))
                {
                    TriplesSameSubject(triples, allowPaths: false);
                    if (!TryPunct("."))
                    {
                        break;
                    }
                }

                Expect("}");
                if (triples.Any(tr => IsHiddenBlank(tr.Subject) || IsHiddenBlank(tr.Object)))
                {
                    throw ErrorAt(offset, "CONSTRUCT WHERE may not use blank nodes");
                }

                template = triples;
                body.Where = new GroupPattern([new TriplesElement(triples, offset)], offset);
            }
        }
        else if (TryKeyword("DESCRIBE"))
        {
            form = QueryForm.Describe;
            if (!TryPunct("*"))
            {
                do
                {
                    int at = Peek().Offset;
                    PatternNode target = VarOrIri();
                    describe.Add(target);

                    // DESCRIBE ?x projects ?x, as SELECT ?x would (§16.4): the described resources are its bindings.
                    if (target.Variable is { } v && body.Projection.All(p => p.Variable != v))
                    {
                        body.Projection.Add(new SelectItem(v, null, at));
                    }
                }
                while (Peek().Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName);
                body.SelectAll = false;
            }

            DatasetClauses(from, fromNamed);
            WhereClause(body, required: false);
        }
        else if (TryKeyword("ASK"))
        {
            form = QueryForm.Ask;
            DatasetClauses(from, fromNamed);
            WhereClause(body, required: true);
        }
        else
        {
            throw Error("SELECT, CONSTRUCT, DESCRIBE or ASK", t);
        }

        SolutionModifier(body);
        if (TryKeyword("VALUES"))
        {
            body.Values = DataBlock();
        }

        if (Peek().Kind != TokenKind.End)
        {
            throw Error("end of query");
        }

        return new SparqlQuery(_text, form, _base, _prefixes, from, fromNamed, body, template, describe);
    }

    private static bool IsHiddenBlank(PatternNode n) => n.Variable is { } v && Variables.IsHidden(v);

    private void Prologue()
    {
        while (true)
        {
            if (TryKeyword("BASE"))
            {
                Token t = Next();
                if (t.Kind != TokenKind.IriRef)
                {
                    throw Error("an IRI after BASE", t);
                }

                _base = ResolveIri(t);
            }
            else if (TryKeyword("PREFIX"))
            {
                Token p = Next();
                if (p.Kind != TokenKind.PrefixedName || !p.Text.EndsWith(':') || p.Text.IndexOf(':', StringComparison.Ordinal) != p.Text.Length - 1)
                {
                    throw Error("a prefix name ending in ':'", p);
                }

                Token t = Next();
                if (t.Kind != TokenKind.IriRef)
                {
                    throw Error("an IRI", t);
                }

                _prefixes = _prefixes.Add(p.Text[..^1], ResolveIri(t));
            }
            else
            {
                return;
            }
        }
    }

    private void DatasetClauses(List<Iri> from, List<Iri> fromNamed)
    {
        while (TryKeyword("FROM"))
        {
            if (TryKeyword("NAMED"))
            {
                fromNamed.Add(IriToken());
            }
            else
            {
                from.Add(IriToken());
            }
        }
    }

    private void SelectClause(QueryBody body)
    {
        if (TryKeyword("DISTINCT"))
        {
            body.Distinct = true;
        }
        else if (TryKeyword("REDUCED"))
        {
            body.Reduced = true;
        }

        if (TryPunct("*"))
        {
            body.SelectAll = true;
            return;
        }

        body.SelectAll = false;
        while (true)
        {
            Token t = Peek();
            if (t.Kind == TokenKind.Variable)
            {
                _i++;
                body.Projection.Add(new SelectItem(t.Text, null, t.Offset));
            }
            else if (t.Is("("))
            {
                _i++;
                _aggregatesAllowed = true;
                Expression e = Expression();
                _aggregatesAllowed = false;
                ExpectKeyword("AS");
                Token v = Next();
                if (v.Kind != TokenKind.Variable)
                {
                    throw Error("a variable after AS", v);
                }

                Expect(")");
                body.Projection.Add(new SelectItem(v.Text, e, v.Offset));
            }
            else
            {
                break;
            }
        }

        if (body.Projection.Count == 0)
        {
            throw Error("'*', a variable or (expression AS ?var)");
        }
    }

    private void WhereClause(QueryBody body, bool required)
    {
        bool hasWhere = TryKeyword("WHERE");
        if (!hasWhere && !required && !Peek().Is("{"))
        {
            return;
        }

        body.Where = GroupGraphPattern();
    }

    private void SolutionModifier(QueryBody body)
    {
        if (TryKeyword("GROUP"))
        {
            ExpectKeyword("BY");
            do
            {
                body.GroupBy.Add(GroupConditionItem());
            }
            while (IsConstraintStart(Peek()) || Peek().Kind == TokenKind.Variable || Peek().Is("("));
        }

        if (TryKeyword("HAVING"))
        {
            _aggregatesAllowed = true;
            do
            {
                body.Having.Add(Constraint());
            }
            while (IsConstraintStart(Peek()));
            _aggregatesAllowed = false;
        }

        if (TryKeyword("ORDER"))
        {
            ExpectKeyword("BY");
            _aggregatesAllowed = true;
            do
            {
                if (TryKeyword("ASC"))
                {
                    body.OrderBy.Add(new OrderCondition(BrackettedExpression(), false));
                }
                else if (TryKeyword("DESC"))
                {
                    body.OrderBy.Add(new OrderCondition(BrackettedExpression(), true));
                }
                else if (Peek().Kind == TokenKind.Variable)
                {
                    body.OrderBy.Add(new OrderCondition(new VariableExpression(Next().Text), false));
                }
                else
                {
                    body.OrderBy.Add(new OrderCondition(Constraint(), false));
                }
            }
            while (IsConstraintStart(Peek()) || Peek().Kind == TokenKind.Variable || Peek().IsKeyword("ASC") || Peek().IsKeyword("DESC"));
            _aggregatesAllowed = false;
        }

        for (int k = 0; k < 2; k++)
        {
            if (body.Limit is null && TryKeyword("LIMIT"))
            {
                body.Limit = IntegerToken();
            }
            else if (body.Offset is null && TryKeyword("OFFSET"))
            {
                body.Offset = IntegerToken();
            }
        }
    }

    private long IntegerToken()
    {
        Token t = Next();
        if (t.Kind != TokenKind.Integer || !long.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out long v))
        {
            throw Error("a non-negative integer", t);
        }

        return v;
    }

    private GroupCondition GroupConditionItem()
    {
        Token t = Peek();
        if (t.Kind == TokenKind.Variable)
        {
            _i++;
            return new GroupCondition(new VariableExpression(t.Text), null, t.Offset);
        }

        if (t.Is("("))
        {
            _i++;
            Expression e = Expression();
            string? v = null;
            if (TryKeyword("AS"))
            {
                Token vt = Next();
                if (vt.Kind != TokenKind.Variable)
                {
                    throw Error("a variable after AS", vt);
                }

                v = vt.Text;
            }

            Expect(")");
            return new GroupCondition(e, v, t.Offset);
        }

        if (IsConstraintStart(t))
        {
            return new GroupCondition(Constraint(), null, t.Offset);
        }

        throw Error("a GROUP BY condition");
    }

    private bool IsConstraintStart(Token t) =>
        t.Is("(") || t.Kind is TokenKind.IriRef or TokenKind.PrefixedName || (t.Kind == TokenKind.Name && IsBuiltInName(t.Text));

    /// <summary>Constraint: BrackettedExpression | BuiltInCall | FunctionCall (§19.8 [69]).</summary>
    private Expression Constraint()
    {
        Token t = Peek();
        if (t.Is("("))
        {
            return BrackettedExpression();
        }

        if (t.Kind is TokenKind.IriRef or TokenKind.PrefixedName)
        {
            Iri f = IriToken();
            if (!Peek().Is("(") && Peek().Kind != TokenKind.Nil)
            {
                throw Error("an argument list");
            }

            return new FunctionExpression(f, ArgList(out _));
        }

        if (t.Kind == TokenKind.Name && IsBuiltInName(t.Text))
        {
            return BuiltInCall();
        }

        throw Error("a constraint: (expression), a built-in call or a function call");
    }

    private Table DataBlock()
    {
        Token t = Peek();
        var vars = new List<string>();
        var rows = new List<Term?[]>();
        if (t.Kind == TokenKind.Variable)
        {
            _i++;
            vars.Add(t.Text);
            Expect("{");
            while (!TryPunct("}"))
            {
                rows.Add([DataBlockValue()]);
            }

            return new Table(vars, rows);
        }

        if (t.Kind == TokenKind.Nil)
        {
            _i++;
        }
        else
        {
            Expect("(");
            while (Peek().Kind == TokenKind.Variable)
            {
                vars.Add(Next().Text);
            }

            Expect(")");
        }

        Expect("{");
        while (!TryPunct("}"))
        {
            if (Peek().Kind == TokenKind.Nil)
            {
                _i++;
                if (vars.Count != 0)
                {
                    throw Error($"{vars.Count} values", _tokens[_i - 1]);
                }

                rows.Add([]);
                continue;
            }

            Expect("(");
            var row = new Term?[vars.Count];
            for (int k = 0; k < vars.Count; k++)
            {
                row[k] = DataBlockValue();
            }

            Expect(")");
            rows.Add(row);
        }

        return new Table(vars, rows);
    }

    private Term? DataBlockValue()
    {
        if (TryKeyword("UNDEF"))
        {
            return null;
        }

        Token t = Peek();
        if (t.Kind is TokenKind.IriRef or TokenKind.PrefixedName)
        {
            return IriToken();
        }

        if (t.Kind is TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double
            || t.IsKeyword("true") || t.IsKeyword("false") || ((t.Is("+") || t.Is("-")) && Peek(1).Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double))
        {
            return LiteralTerm();
        }

        throw Error("an IRI, a literal or UNDEF");
    }

    private Iri IriToken()
    {
        Token t = Next();
        return t.Kind switch
        {
            TokenKind.IriRef => ResolveIri(t),
            TokenKind.PrefixedName => ExpandPrefixed(t),
            _ => throw Error("an IRI", t),
        };
    }

    private Iri ResolveIri(Token t)
    {
        if (Iri.TryParse(t.Text, out Iri? iri))
        {
            return iri;
        }

        if (_base is null)
        {
            throw ErrorAt(t.Offset, $"relative IRI <{t.Text}> but no base IRI");
        }

        return _base.TryResolve(t.Text, out Iri? resolved)
            ? resolved
            : throw ErrorAt(t.Offset, $"<{t.Text}> is not a valid IRI reference");
    }

    private Iri ExpandPrefixed(Token t)
    {
        int colon = t.Text.IndexOf(':', StringComparison.Ordinal);
        string prefix = t.Text[..colon];
        if (!_prefixes.TryGetNamespace(prefix, out Iri? ns))
        {
            throw ErrorAt(t.Offset, $"undeclared prefix '{prefix}:'");
        }

        string full = ns.Value + t.Text[(colon + 1)..];
        return Iri.TryParse(full, out Iri? iri) ? iri : throw ErrorAt(t.Offset, $"'{t.Text}' expands to the invalid IRI <{full}>");
    }

    /// <summary>RDFLiteral | NumericLiteral | BooleanLiteral, with an optional sign on numbers.</summary>
    private Literal LiteralTerm()
    {
        Token t = Next();
        string sign = "";
        if (t.Is("+") || t.Is("-"))
        {
            sign = t.Text;
            t = Next();
        }

        switch (t.Kind)
        {
            case TokenKind.Integer:
                return new Literal(sign + t.Text, Vocabulary.Xsd.Integer);
            case TokenKind.Decimal:
                return new Literal(sign + t.Text, Vocabulary.Xsd.Decimal);
            case TokenKind.Double:
                return new Literal(sign + t.Text, Vocabulary.Xsd.Double);
            case TokenKind.String when sign.Length == 0:
                if (Peek().Kind == TokenKind.LangTag)
                {
                    Token lang = Next();
                    return Literal.IsValidLanguageTag(lang.Text) ? new Literal(t.Text, lang.Text) : throw ErrorAt(lang.Offset, "malformed language tag");
                }

                if (TryPunct("^^"))
                {
                    Token dtToken = Peek();
                    Iri dt = IriToken();
                    if (dt.Equals(Vocabulary.Rdf.LangString) || dt.Equals(Vocabulary.Rdf.DirLangString))
                    {
                        throw ErrorAt(dtToken.Offset, "rdf:langString needs a language tag, not ^^");
                    }

                    return new Literal(t.Text, dt);
                }

                return new Literal(t.Text);
            case TokenKind.Name when sign.Length == 0 && t.IsKeyword("true"):
                return Literal.Create(true);
            case TokenKind.Name when sign.Length == 0 && t.IsKeyword("false"):
                return Literal.Create(false);
            default:
                throw Error("a literal", t);
        }
    }

    private PatternNode VarOrIri()
    {
        Token t = Peek();
        if (t.Kind == TokenKind.Variable)
        {
            _i++;
            return PatternNode.Var(t.Text);
        }

        return PatternNode.Const(IriToken());
    }
}
