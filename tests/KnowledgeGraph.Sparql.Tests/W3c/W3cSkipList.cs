namespace KnowledgeGraph.Sparql.Tests.W3c;

/// <summary>Tests not run, each with the reason. Everything else must pass.</summary>
public static class W3cSkipList
{
    private static readonly Dictionary<string, string> s_byId = new(StringComparer.Ordinal)
    {
    };

    public static string? Reason(W3cTestCase test)
    {
        if (s_byId.TryGetValue(test.Id, out string? reason))
        {
            return reason;
        }

        if (test.HasServiceData)
        {
            return "SERVICE (federated query) is out of scope: the engine makes no remote calls.";
        }

        if (test.ResultFile is { } r && r.EndsWith(".rdf", StringComparison.OrdinalIgnoreCase))
        {
            return "Expected results are RDF/XML, for which the project has no parser yet.";
        }

        if (test.DataFiles.Concat(test.GraphDataFiles).Any(f => f.EndsWith(".rdf", StringComparison.OrdinalIgnoreCase)))
        {
            return "Test data is RDF/XML, for which the project has no parser yet.";
        }

        return null;
    }
}
