using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Tests.W3c;

/// <summary>One entry of a W3C manifest, with the files its action names resolved to local paths.</summary>
public sealed record W3cTestCase(
    string Suite,
    string Id,
    string Type,
    string? QueryFile,
    IReadOnlyList<string> DataFiles,
    IReadOnlyList<string> GraphDataFiles,
    string? ResultFile,
    bool HasServiceData,
    bool LaxCardinality,
    string Approval)
{
    public override string ToString() => Id;
}

/// <summary>Maps the suites' published base IRI to the local copy under tests/w3c.</summary>
public static class W3cLocations
{
    public const string BaseIri = "https://w3c.github.io/rdf-tests/";

    private static readonly Lazy<string> s_root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory)
            : System.IO.Path.Combine(dir.FullName, "tests", "w3c");
    });

    public static string Root => s_root.Value;

    public static Iri ToIri(string path) =>
        Iri.Parse(BaseIri + System.IO.Path.GetRelativePath(Root, path).Replace('\\', '/'));

    public static string? ToPath(Iri iri) =>
        iri.Value.StartsWith(BaseIri, StringComparison.Ordinal)
            ? System.IO.Path.Combine(Root, iri.Value[BaseIri.Length..].Replace('/', System.IO.Path.DirectorySeparatorChar))
            : null;
}
