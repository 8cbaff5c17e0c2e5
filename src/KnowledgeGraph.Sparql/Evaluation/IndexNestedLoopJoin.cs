namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Join (§18.5) by running the inner side once per outer solution with that solution's bindings pushed into its
/// index lookups. The planner uses it only when the inner side is a pattern for which this equals the join (BGPs,
/// paths, VALUES, and joins, unions, GRAPHs and filters of them, see <see cref="QueryPlanner.AcceptsBindings"/>).
/// </summary>
internal sealed class IndexNestedLoopJoin : PhysicalOperator
{
    private readonly PhysicalOperator _outer;
    private readonly PhysicalOperator _inner;

    public IndexNestedLoopJoin(PhysicalOperator outer, PhysicalOperator inner)
    {
        _outer = outer;
        _inner = inner;
    }

    public override double EstimatedRows => _outer.EstimatedRows * _inner.EstimatedRows;

    public override IReadOnlyList<PlanInput> Inputs => [new("outer", _outer), new("inner, per outer row", _inner)];

    public override void Describe(PlanText text) => text.SetTitle("IndexNestedLoopJoin: each outer row's bindings pushed into the inner lookups");

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        foreach (long[] l in _outer.Run(seed, graph))
        {
            foreach (long[] r in _inner.Run(l, graph))
            {
                yield return r;
            }
        }
    }
}
