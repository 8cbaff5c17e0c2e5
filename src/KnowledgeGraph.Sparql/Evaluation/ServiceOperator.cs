using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// SERVICE (Federated Query §5): this engine makes no remote calls. SERVICE SILENT contributes one empty solution,
/// as for an endpoint that cannot be reached (§4); without SILENT running it is an error.
/// </summary>
internal sealed class ServiceOperator : PhysicalOperator
{
    private readonly Service _service;

    public ServiceOperator(Service service)
    {
        _service = service;
    }

    public override IReadOnlyList<PlanInput> Inputs => [];

    public override void Describe(PlanText text) =>
        text.SetTitle($"Service {text.Node(_service.Endpoint)}: " + (_service.Silent ? "SILENT, one empty solution (no remote calls)" : "fails when run (no remote calls)"));

    protected override IEnumerable<long[]> Execute(long[] seed, long graph)
    {
        if (!_service.Silent)
        {
            throw new NotSupportedException("SERVICE is not supported: this engine does not make remote calls.");
        }

        return [seed];
    }
}
