namespace KnowledgeGraph.Testing;

/// <summary>Locates the repository (the folder holding KnowledgeGraph.sln) from a test's output folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "KnowledgeGraph.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => RootPath.Value;

    /// <summary>The repository copy of the W3C test suites.</summary>
    public static string W3c => Path.Combine(Root, "tests", "w3c");
}
