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

        return null;
    }
}
