using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Everything the operators of one query execution share.</summary>
internal sealed class QueryContext
{
    public QueryContext(TermTable terms, DatasetView dataset, VariableMap variables, FunctionContext functions, CancellationToken cancellation)
    {
        Terms = terms;
        Dataset = dataset;
        Variables = variables;
        Functions = functions;
        Cancellation = cancellation;
    }

    public TermTable Terms { get; }

    public DatasetView Dataset { get; }

    public VariableMap Variables { get; }

    public FunctionContext Functions { get; }

    public CancellationToken Cancellation { get; }

    public int Width => Variables.Count;

    public long[] EmptyRow() => new long[Variables.Count];
}
