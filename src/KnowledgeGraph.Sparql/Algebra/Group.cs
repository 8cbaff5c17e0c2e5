namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Group(exprlist, Ω) followed by Aggregation (§18.5): partitions the solutions by the key expressions, binds each key to
/// its variable and each aggregate to its (hidden) variable. No keys: one group, even over no solutions.
/// </summary>
internal sealed record Group(Operator Input, IReadOnlyList<GroupKey> Keys, IReadOnlyList<Aggregation> Aggregations) : Operator;

/// <summary>A GROUP BY key: the expression and the variable it is bound to.</summary>
internal sealed record GroupKey(string Variable, Expression Expression);

/// <summary>Aggregation(args, func, scalarvals, group) (§18.5.1), bound to a variable.</summary>
internal sealed record Aggregation(string Variable, AggregateExpression Aggregate);
