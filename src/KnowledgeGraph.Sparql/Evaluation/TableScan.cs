using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>VALUES and the unit table (§10.2, §18.2.2.2): the inline rows compatible with the seed, merged with it.</summary>
internal sealed class TableScan : PhysicalOperator
{
    private readonly QueryContext _context;
    private readonly Table _table;

    public TableScan(QueryContext context, Table table)
    {
        _context = context;
        _table = table;
    }

    public override double EstimatedRows => _table.Rows.Count;

    public override IReadOnlyList<PlanInput> Inputs => [];

    public override void Describe(PlanText text) =>
        text.SetTitle(_table.IsUnit ? "TableScan, one empty row" : $"TableScan, {_table.Rows.Count} inline rows of {PlanText.Vars(_table.Variables)}");

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        int[] slots = _table.Variables.Select(v => _context.Variables[v]).ToArray();
        foreach (Term?[] values in _table.Rows)
        {
            long[] row = (long[])seed.Clone();
            bool ok = true;
            for (int i = 0; i < slots.Length && ok; i++)
            {
                if (values[i] is null)
                {
                    continue;
                }

                long id = _context.Terms.Encode(values[i]!);
                if (row[slots[i]] != 0 && row[slots[i]] != id)
                {
                    ok = false;
                }

                row[slots[i]] = id;
            }

            if (ok)
            {
                yield return row;
            }
        }
    }
}
