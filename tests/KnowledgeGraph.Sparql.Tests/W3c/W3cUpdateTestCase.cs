namespace KnowledgeGraph.Sparql.Tests.W3c;

/// <summary>
/// One entry of a W3C SPARQL 1.1 Update manifest: the request file and, for evaluation tests, the dataset before
/// (<see cref="Data"/>, <see cref="GraphData"/>) and after (<see cref="ResultData"/>, <see cref="ResultGraphData"/>).
/// Named graphs are keyed by their rdfs:label, the graph name the request uses.
/// </summary>
public sealed record W3cUpdateTestCase(
    string Suite,
    string Id,
    string Type,
    string RequestFile,
    IReadOnlyList<string> Data,
    IReadOnlyList<(string Name, string File)> GraphData,
    IReadOnlyList<string> ResultData,
    IReadOnlyList<(string Name, string File)> ResultGraphData)
{
    public bool IsSyntaxTest => Type.Contains("Syntax", StringComparison.Ordinal);

    public bool IsNegative => Type.StartsWith("Negative", StringComparison.Ordinal);

    public override string ToString() => Id;
}
