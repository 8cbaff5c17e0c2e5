using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// LeftJoin (§18.5) by running the optional side once per left solution with its bindings pushed in: every left
/// solution extended by the right solutions that satisfy the condition, or kept alone when there are none.
/// </summary>
internal sealed class IndexNestedLoopLeftJoin : PhysicalOperator
{
    private readonly PhysicalOperator _outer;
    private readonly PhysicalOperator _inner;
    private readonly ExpressionEvaluator _expressions;
    private readonly Expression? _condition;
    private readonly IReadOnlyList<PlanInput> _exists;

    public IndexNestedLoopLeftJoin(PhysicalOperator outer, PhysicalOperator inner, ExpressionEvaluator expressions, Expression? condition, IReadOnlyList<PlanInput> exists)
    {
        _outer = outer;
        _inner = inner;
        _expressions = expressions;
        _condition = condition;
        _exists = exists;
    }

    /// <summary>Every outer row comes out at least once.</summary>
    public override double EstimatedRows => _outer.EstimatedRows * Math.Max(1, _inner.EstimatedRows);

    public override IReadOnlyList<PlanInput> Inputs => [new("outer", _outer), new("optional, per outer row", _inner), .. _exists];

    public override void Describe(PlanText text) =>
        text.SetTitle("IndexNestedLoopLeftJoin: each outer row's bindings pushed into the optional side" + (_condition is null ? "" : ", condition " + text.Expr(_condition)));

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        foreach (long[] l in _outer.Run(seed, graph))
        {
            bool matched = false;
            foreach (long[] r in _inner.Run(l, graph))
            {
                if (_condition is null || _expressions.Test(_condition, r, graph))
                {
                    matched = true;
                    yield return r;
                }
            }

            if (!matched)
            {
                yield return l;
            }
        }
    }
}
