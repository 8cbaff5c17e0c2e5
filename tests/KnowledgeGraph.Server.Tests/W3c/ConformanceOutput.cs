using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Server.Tests.W3c;

/// <summary>Writes the per-suite W3C counts of this assembly to TestResults/conformance-server.txt.</summary>
[TestClass]
public static class ConformanceOutput
{
    [AssemblyCleanup]
    public static void Write() => ConformanceReport.Write("server");
}
