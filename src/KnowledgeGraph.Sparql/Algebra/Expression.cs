using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>An expression (§17): operators, built-in calls, IRI function calls, EXISTS and aggregates.</summary>
internal abstract record Expression;

/// <summary>A variable reference.</summary>
internal sealed record VariableExpression(string Name) : Expression;

/// <summary>An RDF term constant.</summary>
internal sealed record ConstantExpression(Term Value) : Expression;

/// <summary>
/// An operator or a built-in call (§17.3, §17.4). <see cref="Function"/> is the operator symbol
/// ("+", "=", "&amp;&amp;", "!", "u-", "IN", "NOT IN") or the upper-case built-in name ("REGEX", "STRLEN").
/// </summary>
internal sealed record CallExpression(string Function, IReadOnlyList<Expression> Arguments) : Expression
{
    public CallExpression(string function, params Expression[] arguments)
        : this(function, (IReadOnlyList<Expression>)arguments)
    {
    }
}

/// <summary>A call of a function named by an IRI: XPath constructor casts (§17.5) or an extension function.</summary>
internal sealed record FunctionExpression(Iri Function, IReadOnlyList<Expression> Arguments) : Expression;

/// <summary>
/// EXISTS / NOT EXISTS (§17.4.1.4). The parser fills <see cref="SyntaxPattern"/>; translation replaces it with
/// <see cref="Pattern"/>, the algebra of the group.
/// </summary>
internal sealed record ExistsExpression(bool Negated, Syntax.GroupPattern? SyntaxPattern, Operator? Pattern) : Expression;

/// <summary>
/// An aggregate call (§18.5). COUNT(*) has no argument. Translation replaces aggregates by variables bound by
/// <see cref="Group"/>.
/// </summary>
internal sealed record AggregateExpression(string Function, bool Distinct, Expression? Argument, string? Separator) : Expression;
