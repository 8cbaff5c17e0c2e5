using System.Globalization;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Slice (§18.5): OFFSET and LIMIT; stops pulling its input once the limit is reached.</summary>
internal sealed class SliceOperator : PhysicalOperator
{
    private readonly PhysicalOperator _input;
    private readonly long _offset;
    private readonly long? _limit;

    public SliceOperator(PhysicalOperator input, long offset, long? limit)
    {
        _input = input;
        _offset = offset;
        _limit = limit;
    }

    public override double EstimatedRows
    {
        get
        {
            double rows = Math.Max(0, _input.EstimatedRows - _offset);
            return _limit is not { } l ? rows : double.IsNaN(rows) ? l : Math.Min(l, rows);
        }
    }

    public override IReadOnlyList<PlanInput> Inputs => [new("input", _input)];

    public override void Describe(PlanText text) =>
        text.SetTitle("Slice" + (_offset > 0 ? " offset " + _offset.ToString(CultureInfo.InvariantCulture) : "")
            + (_limit is { } l ? " limit " + l.ToString(CultureInfo.InvariantCulture) + ", stops its input then" : ""));

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        IEnumerable<long[]> sliced = _input.Run(seed, graph).Skip((int)Math.Min(_offset, int.MaxValue));
        return _limit is { } limit ? sliced.Take((int)Math.Min(limit, int.MaxValue)) : sliced;
    }
}
