namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Union (§18.5): the left solutions, then the right ones (a bag union, no duplicate removal).</summary>
internal sealed class UnionOperator : PhysicalOperator
{
    private readonly PhysicalOperator _left;
    private readonly PhysicalOperator _right;

    public UnionOperator(PhysicalOperator left, PhysicalOperator right)
    {
        _left = left;
        _right = right;
    }

    public override double EstimatedRows => _left.EstimatedRows + _right.EstimatedRows;

    public override IReadOnlyList<PlanInput> Inputs => [new("first", _left), new("then", _right)];

    public override void Describe(PlanText text) => text.SetTitle("Union, concatenated");

    protected override IEnumerable<long[]> Execute(long[] seed, long graph) => _left.Run(seed, graph).Concat(_right.Run(seed, graph));
}
