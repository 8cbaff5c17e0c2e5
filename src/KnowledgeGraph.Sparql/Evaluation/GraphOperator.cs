using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Graph (§18.5 eval(D(G), Graph(...))): evaluates the input in one named graph, or in each named graph of the
/// dataset binding the graph variable, pushing that binding into the input when it accepts bindings.
/// </summary>
internal sealed class GraphOperator : PhysicalOperator
{
    private readonly PhysicalOperator _input;
    private readonly QueryContext _context;
    private readonly PatternNode _name;
    private readonly bool _push;

    public GraphOperator(PhysicalOperator input, QueryContext context, PatternNode name, bool push)
    {
        _input = input;
        _context = context;
        _name = name;
        _push = push;
    }

    public override IReadOnlyList<PlanInput> Inputs => [new(_name.IsVariable ? "per named graph" : "input", _input)];

    public override void Describe(PlanText text) =>
        text.SetTitle(_name.Term is not null
            ? "Graph " + text.Node(_name)
            : $"Graph {text.Node(_name)}: over the dataset's named graphs" + (_push ? ", graph name pushed into the input" : ", graph name joined afterwards"));

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        if (_name.Term is { } name)
        {
            if (!_context.Terms.TryLookup(name, out long id) || !_context.Dataset.IsNamedGraph(id))
            {
                yield break;
            }

            foreach (long[] row in _input.Run(seed, id))
            {
                yield return row;
            }

            yield break;
        }

        int slot = _context.Variables[_name.Variable!];
        IEnumerable<long> graphs = seed[slot] != 0
            ? (_context.Dataset.IsNamedGraph(seed[slot]) ? [seed[slot]] : [])
            : _context.Dataset.NamedGraphs().ToList();
        foreach (long gid in graphs)
        {
            _context.Cancellation.ThrowIfCancellationRequested();
            long[] graphSeed = seed;
            if (seed[slot] == 0 && _push)
            {
                graphSeed = (long[])seed.Clone();
                graphSeed[slot] = gid;
            }

            foreach (long[] row in _input.Run(graphSeed, gid))
            {
                if (row[slot] == 0)
                {
                    long[] bound = (long[])row.Clone();
                    bound[slot] = gid;
                    yield return bound;
                }
                else if (row[slot] == gid)
                {
                    yield return row;
                }
            }
        }
    }
}
