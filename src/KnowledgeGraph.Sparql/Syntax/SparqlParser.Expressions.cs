using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

public sealed partial class SparqlParser
{
    /// <summary>
    /// Built-in calls (§19.8 [121]) with their minimum and maximum argument counts (-1: any), and ADJUST (SPARQL 1.2
    /// drafts; Jena and Oxigraph have it too).
    /// </summary>
    private static readonly Dictionary<string, (int Min, int Max)> s_builtIns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STR"] = (1, 1), ["LANG"] = (1, 1), ["LANGMATCHES"] = (2, 2), ["DATATYPE"] = (1, 1), ["BOUND"] = (1, 1),
        ["IRI"] = (1, 1), ["URI"] = (1, 1), ["BNODE"] = (0, 1), ["RAND"] = (0, 0), ["ABS"] = (1, 1), ["CEIL"] = (1, 1),
        ["FLOOR"] = (1, 1), ["ROUND"] = (1, 1), ["CONCAT"] = (0, -1), ["SUBSTR"] = (2, 3), ["STRLEN"] = (1, 1),
        ["REPLACE"] = (3, 4), ["UCASE"] = (1, 1), ["LCASE"] = (1, 1), ["ENCODE_FOR_URI"] = (1, 1), ["CONTAINS"] = (2, 2),
        ["STRSTARTS"] = (2, 2), ["STRENDS"] = (2, 2), ["STRBEFORE"] = (2, 2), ["STRAFTER"] = (2, 2), ["YEAR"] = (1, 1),
        ["MONTH"] = (1, 1), ["DAY"] = (1, 1), ["HOURS"] = (1, 1), ["MINUTES"] = (1, 1), ["SECONDS"] = (1, 1),
        ["TIMEZONE"] = (1, 1), ["TZ"] = (1, 1), ["NOW"] = (0, 0), ["UUID"] = (0, 0), ["STRUUID"] = (0, 0), ["MD5"] = (1, 1),
        ["SHA1"] = (1, 1), ["SHA256"] = (1, 1), ["SHA384"] = (1, 1), ["SHA512"] = (1, 1), ["COALESCE"] = (0, -1),
        ["IF"] = (3, 3), ["STRLANG"] = (2, 2), ["STRDT"] = (2, 2), ["SAMETERM"] = (2, 2), ["ISIRI"] = (1, 1),
        ["ISURI"] = (1, 1), ["ISBLANK"] = (1, 1), ["ISLITERAL"] = (1, 1), ["ISNUMERIC"] = (1, 1), ["REGEX"] = (2, 3),
        ["ADJUST"] = (1, 2),
    };

    private static readonly HashSet<string> s_aggregates = new(StringComparer.OrdinalIgnoreCase)
    {
        "COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT",
    };

    private static bool IsBuiltInName(string name) =>
        s_builtIns.ContainsKey(name) || s_aggregates.Contains(name)
        || name.Equals("EXISTS", StringComparison.OrdinalIgnoreCase) || name.Equals("NOT", StringComparison.OrdinalIgnoreCase);

    private Expression BrackettedExpression()
    {
        Expect("(");
        Expression e = Expression();
        Expect(")");
        return e;
    }

    internal Expression Expression()
    {
        Enter();
        Expression left = AndExpression();
        while (TryPunct("||"))
        {
            left = new CallExpression("||", left, AndExpression());
        }

        _depth--;
        return left;
    }

    private Expression AndExpression()
    {
        Expression left = RelationalExpression();
        while (TryPunct("&&"))
        {
            left = new CallExpression("&&", left, RelationalExpression());
        }

        return left;
    }

    private Expression RelationalExpression()
    {
        Expression left = AdditiveExpression();
        Token t = Peek();
        if (t.Kind == TokenKind.Punct && t.Text is "=" or "!=" or "<" or ">" or "<=" or ">=")
        {
            _i++;
            return new CallExpression(t.Text, left, AdditiveExpression());
        }

        if (TryKeyword("IN"))
        {
            return new CallExpression("IN", [left, .. ExpressionList()]);
        }

        if (t.IsKeyword("NOT") && Peek(1).IsKeyword("IN"))
        {
            _i += 2;
            return new CallExpression("NOT IN", [left, .. ExpressionList()]);
        }

        return left;
    }

    private List<Expression> ExpressionList()
    {
        if (Peek().Kind == TokenKind.Nil)
        {
            _i++;
            return [];
        }

        Expect("(");
        var list = new List<Expression> { Expression() };
        while (TryPunct(","))
        {
            list.Add(Expression());
        }

        Expect(")");
        return list;
    }

    private Expression AdditiveExpression()
    {
        Expression left = MultiplicativeExpression();
        while (true)
        {
            if (TryPunct("+"))
            {
                left = new CallExpression("+", left, MultiplicativeExpression());
            }
            else if (TryPunct("-"))
            {
                left = new CallExpression("-", left, MultiplicativeExpression());
            }
            else
            {
                return left;
            }
        }
    }

    private Expression MultiplicativeExpression()
    {
        Expression left = UnaryExpression();
        while (true)
        {
            if (TryPunct("*"))
            {
                left = new CallExpression("*", left, UnaryExpression());
            }
            else if (TryPunct("/"))
            {
                left = new CallExpression("/", left, UnaryExpression());
            }
            else
            {
                return left;
            }
        }
    }

    private Expression UnaryExpression()
    {
        if (TryPunct("!"))
        {
            Enter();
            Expression e = new CallExpression("!", UnaryExpression());
            _depth--;
            return e;
        }

        if (TryPunct("+"))
        {
            return new CallExpression("u+", PrimaryExpression());
        }

        if (TryPunct("-"))
        {
            Expression inner = PrimaryExpression();
            return new CallExpression("u-", inner);
        }

        return PrimaryExpression();
    }

    private Expression PrimaryExpression()
    {
        Token t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Punct when t.Text == "(":
                return BrackettedExpression();
            case TokenKind.Variable:
                _i++;
                return new VariableExpression(t.Text);
            case TokenKind.IriRef or TokenKind.PrefixedName:
                Iri iri = IriToken();
                if (Peek().Is("(") || Peek().Kind == TokenKind.Nil)
                {
                    IReadOnlyList<Expression> args = ArgList(out bool distinct);
                    if (distinct)
                    {
                        throw ErrorAt(t.Offset, "DISTINCT is only allowed in aggregate calls");
                    }

                    return new FunctionExpression(iri, args);
                }

                return new ConstantExpression(iri);
            case TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double:
                return new ConstantExpression(LiteralTerm());
            case TokenKind.Name when t.IsKeyword("true") || t.IsKeyword("false"):
                return new ConstantExpression(LiteralTerm());
            case TokenKind.Name when IsBuiltInName(t.Text):
                return BuiltInCall();
            default:
                throw Error("an expression");
        }
    }

    private IReadOnlyList<Expression> ArgList(out bool distinct)
    {
        distinct = false;
        if (Peek().Kind == TokenKind.Nil)
        {
            _i++;
            return [];
        }

        Expect("(");
        distinct = TryKeyword("DISTINCT");
        var args = new List<Expression> { Expression() };
        while (TryPunct(","))
        {
            args.Add(Expression());
        }

        Expect(")");
        return args;
    }

    private Expression BuiltInCall()
    {
        Token t = Next();
        string name = t.Text.ToUpperInvariant();
        if (name == "NOT")
        {
            ExpectKeyword("EXISTS");
            return new ExistsExpression(true, ExistsPattern(), null);
        }

        if (name == "EXISTS")
        {
            return new ExistsExpression(false, ExistsPattern(), null);
        }

        if (s_aggregates.Contains(name))
        {
            return Aggregate(t, name);
        }

        (int min, int max) = s_builtIns[name];
        if (name == "BOUND")
        {
            Expect("(");
            Token v = Next();
            if (v.Kind != TokenKind.Variable)
            {
                throw Error("a variable in BOUND", v);
            }

            Expect(")");
            return new CallExpression("BOUND", new VariableExpression(v.Text));
        }

        List<Expression> args;
        if (Peek().Kind == TokenKind.Nil)
        {
            _i++;
            args = [];
        }
        else
        {
            args = ExpressionList();
        }

        if (args.Count < min || (max >= 0 && args.Count > max))
        {
            throw ErrorAt(t.Offset, $"{name} takes {(min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{min} to {(max < 0 ? "any" : max)}")} arguments, not {args.Count}");
        }

        name = name switch
        {
            "URI" => "IRI",
            "ISURI" => "ISIRI",
            _ => name,
        };
        return new CallExpression(name, args);
    }

    private GroupPattern ExistsPattern()
    {
        // EXISTS patterns are evaluated per solution; their blank node scope is their own.
        bool aggregates = _aggregatesAllowed;
        _aggregatesAllowed = false;
        GroupPattern p = GroupGraphPattern();
        _aggregatesAllowed = aggregates;
        return p;
    }

    private Expression Aggregate(Token t, string name)
    {
        if (!_aggregatesAllowed)
        {
            throw ErrorAt(t.Offset, $"aggregate {name} is only allowed in SELECT, HAVING and ORDER BY");
        }

        if (_inAggregate)
        {
            throw ErrorAt(t.Offset, "aggregates may not be nested");
        }

        Expect("(");
        bool distinct = TryKeyword("DISTINCT");
        Expression? arg = null;
        string? separator = null;
        _inAggregate = true;
        if (name == "COUNT" && TryPunct("*"))
        {
            arg = null;
        }
        else
        {
            arg = Expression();
        }

        if (name == "GROUP_CONCAT" && TryPunct(";"))
        {
            ExpectKeyword("SEPARATOR");
            Expect("=");
            Token s = Next();
            if (s.Kind != TokenKind.String)
            {
                throw Error("a string", s);
            }

            separator = s.Text;
        }

        _inAggregate = false;
        Expect(")");
        return new AggregateExpression(name, distinct, arg, separator);
    }
}
