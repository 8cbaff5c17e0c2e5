using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>Runs the optimisation passes in order; each is a pure algebra → algebra rewrite that keeps the results.</summary>
internal static class QueryOptimizer
{
    public static Operator Optimize(Operator root, DatasetView dataset, TermTable terms)
    {
        Operator op = ConstantFolding.Apply(root);
        op = FilterPlacement.Apply(op);
        op = BgpJoinOrdering.Apply(op, new StoreStatistics(dataset, terms));
        return op;
    }
}
