namespace KnowledgeGraph.Linking.Tests;

/// <summary>Paths of the repository's data and of the shared material, found from the test assembly's location.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string WikidataData => Path.Combine(Root, "data", "wikidata");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "..", "shared")) is { } s && Directory.Exists(s) ? s : "/work/shared";

    private static string FindRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "KnowledgeGraph.sln")))
            dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
