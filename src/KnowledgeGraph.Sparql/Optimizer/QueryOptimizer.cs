using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>Runs the optimisation passes in order; each is a pure algebra → algebra rewrite that keeps the results.</summary>
internal static class QueryOptimizer
{
    public static Operator Optimize(Operator root, StoreStatistics statistics)
    {
        Operator op = ConstantFolding.Apply(root);
        op = FilterPlacement.Apply(op);
        op = BgpJoinOrdering.Apply(op, statistics);
        return op;
    }
}
