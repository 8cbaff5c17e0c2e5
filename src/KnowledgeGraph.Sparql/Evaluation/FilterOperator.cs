using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Filter (§18.5): passes the rows whose conditions all have the effective boolean value true.</summary>
internal sealed class FilterOperator : PhysicalOperator
{
    private readonly PhysicalOperator _input;
    private readonly ExpressionEvaluator _expressions;
    private readonly IReadOnlyList<Expression> _conditions;
    private readonly IReadOnlyList<PlanInput> _exists;

    public FilterOperator(PhysicalOperator input, ExpressionEvaluator expressions, IReadOnlyList<Expression> conditions, IReadOnlyList<PlanInput> exists)
    {
        _input = input;
        _expressions = expressions;
        _conditions = conditions;
        _exists = exists;
    }

    public override IReadOnlyList<PlanInput> Inputs => [new("input", _input), .. _exists];

    public override void Describe(PlanText text) => text.SetTitle("Filter " + string.Join(" && ", _conditions.Select(text.Expr)));

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        foreach (long[] row in _input.Run(seed, graph))
        {
            bool pass = true;
            foreach (Expression e in _conditions)
            {
                if (!_expressions.Test(e, row, graph))
                {
                    pass = false;
                    break;
                }
            }

            if (pass)
            {
                yield return row;
            }
        }
    }
}
