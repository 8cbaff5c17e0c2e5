namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Project (§18.5): keeps the listed variables. The input sees only the seed's values of those (a subquery's other
/// variables are out of scope), and the result is merged back into the seed.
/// </summary>
internal sealed class ProjectOperator : PhysicalOperator
{
    private readonly PhysicalOperator _input;
    private readonly QueryContext _context;
    private readonly IReadOnlyList<string> _variables;
    private readonly int[] _keep;

    public ProjectOperator(PhysicalOperator input, QueryContext context, IReadOnlyList<string> variables)
    {
        _input = input;
        _context = context;
        _variables = variables;
        _keep = variables.Select(v => context.Variables[v]).ToArray();
    }

    public override double EstimatedRows => _input.EstimatedRows;

    public override IReadOnlyList<PlanInput> Inputs => [new("input", _input)];

    public override void Describe(PlanText text) => text.SetTitle("Project " + PlanText.Vars(_variables));

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        long[] innerSeed = _context.EmptyRow();
        foreach (int k in _keep)
        {
            innerSeed[k] = seed[k];
        }

        foreach (long[] row in _input.Run(innerSeed, graph))
        {
            long[] result = (long[])seed.Clone();
            foreach (int k in _keep)
            {
                result[k] = row[k];
            }

            yield return result;
        }
    }
}
