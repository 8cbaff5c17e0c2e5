namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Distinct and Reduced (§18.5), streaming: a row is passed on the first time it is seen.</summary>
internal sealed class HashDistinct : PhysicalOperator
{
    private readonly PhysicalOperator _input;
    private readonly bool _reduced;

    public HashDistinct(PhysicalOperator input, bool reduced)
    {
        _input = input;
        _reduced = reduced;
    }

    public override double EstimatedRows => _input.EstimatedRows;

    public override IReadOnlyList<PlanInput> Inputs => [new("input", _input)];

    public override void Describe(PlanText text) => text.SetTitle(_reduced ? "HashDistinct (REDUCED: drops every duplicate)" : "HashDistinct, streaming");

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        var seen = new HashSet<long[]>(RowComparer.Instance);
        foreach (long[] row in _input.Run(seed, graph))
        {
            if (seen.Add(row))
            {
                yield return row;
            }
        }
    }
}
