using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Extend (§18.5): binds a variable to an expression's value; an error leaves it unbound.</summary>
internal sealed class ExtendOperator : PhysicalOperator
{
    private readonly PhysicalOperator _input;
    private readonly QueryContext _context;
    private readonly ExpressionEvaluator _expressions;
    private readonly Extend _extend;
    private readonly IReadOnlyList<PlanInput> _exists;

    public ExtendOperator(PhysicalOperator input, QueryContext context, ExpressionEvaluator expressions, Extend extend, IReadOnlyList<PlanInput> exists)
    {
        _input = input;
        _context = context;
        _expressions = expressions;
        _extend = extend;
        _exists = exists;
    }

    public override double EstimatedRows => _input.EstimatedRows;

    public override IReadOnlyList<PlanInput> Inputs => [new("input", _input), .. _exists];

    public override void Describe(PlanText text) => text.SetTitle($"Extend ?{_extend.Variable} := {text.Expr(_extend.Expression)}");

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        int slot = _context.Variables[_extend.Variable];
        bool chained = _extend.Input is Extend;
        foreach (long[] row in _input.Run(seed, graph))
        {
            if (!chained)
            {
                // A chain of Extends (SELECT expressions, consecutive BINDs) works on one solution at a time,
                // so BNODE(str) stays the same node across it (§17.4.2.9).
                _context.Functions.BeginSolution();
            }

            Term? value = _expressions.Evaluate(_extend.Expression, row, graph);
            if (value is null)
            {
                yield return row;
                continue;
            }

            long id = _context.Terms.Encode(value);
            if (row[slot] != 0)
            {
                // Only reachable under EXISTS substitution: the value must agree with the substituted one.
                if (row[slot] == id)
                {
                    yield return row;
                }

                continue;
            }

            long[] next = (long[])row.Clone();
            next[slot] = id;
            yield return next;
        }
    }
}
