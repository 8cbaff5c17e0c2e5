using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// The FILE argument of <c>kg parse-query</c> and <c>kg parse-update</c>: its text ('-' reads standard input), the name
/// errors mention, and the base IRI (<c>--base</c>, else the file's own <c>file:</c> IRI).
/// </summary>
internal sealed record SparqlSourceFile(string Text, string Name, Iri? BaseIri)
{
    public static SparqlSourceFile Read(string path, string? baseText)
    {
        bool stdin = path == "-";
        string text = stdin ? Console.In.ReadToEnd()
            : File.Exists(path) ? File.ReadAllText(path)
            : throw new CliException($"kg: cannot read '{path}': no such file");
        Iri? baseIri = baseText is not null ? Arguments.ParseIri(baseText, "--base") : stdin ? null : FileIris.FromPath(path);
        return new SparqlSourceFile(text, stdin ? "<stdin>" : path, baseIri);
    }
}
