using System.Text;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// What <see cref="SparqlEvaluator.Explain"/> and <see cref="SparqlEvaluator.Analyze"/> report: the query's algebra
/// (§18.2) as translated, the algebra after optimisation, and the physical plan that runs.
/// </summary>
public sealed class QueryExplanation
{
    internal QueryExplanation(QueryAlgebra algebra, QueryAlgebra optimized, PhysicalPlan plan)
    {
        Algebra = algebra;
        OptimizedAlgebra = optimized;
        Plan = plan;
    }

    /// <summary>The algebra as translated from the syntax, before optimisation.</summary>
    public QueryAlgebra Algebra { get; }

    /// <summary>The algebra after the optimizer's passes.</summary>
    public QueryAlgebra OptimizedAlgebra { get; }

    /// <summary>The physical operators that run.</summary>
    public PhysicalPlan Plan { get; }

    /// <summary>The three parts under the headings <c># Algebra</c>, <c># Optimized algebra</c>, <c># Physical plan</c>.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        sb.Append("# Algebra\n").Append(Algebra.ToSse()).Append('\n');
        sb.Append("# Optimized algebra\n").Append(OptimizedAlgebra.ToSse()).Append('\n');
        sb.Append(Plan.IsAnalyzed ? "# Physical plan (analyzed: actual rows and time include each operator's inputs)\n" : "# Physical plan\n");
        sb.Append(Plan.ToText());
        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToText();
}
