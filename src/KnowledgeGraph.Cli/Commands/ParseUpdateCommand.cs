using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg parse-update</c>: checks an update request's syntax and prints it as an S-expression (like Jena's uparse).</summary>
internal static class ParseUpdateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The update request file ('-' for standard input)." };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI of the request (default: the file's file: IRI)." };
        var command = new Command("parse-update", "Check a SPARQL 1.1 Update request and print it as an S-expression (exit 1 with file:line:column on an error).")
        {
            file, baseIri,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            string? baseText = parse.GetValue(baseIri);
            string text = path == "-" ? Console.In.ReadToEnd()
                : File.Exists(path) ? File.ReadAllText(path)
                : throw new CliException($"kg: cannot read '{path}': no such file");
            Iri? b = baseText is not null ? Arguments.ParseIri(baseText, "--base") : path == "-" ? null : FileIris.FromPath(path);
            SparqlUpdate update = SparqlQueries.ParseUpdate(text, path == "-" ? "<stdin>" : path, b);
            Console.WriteLine(update.ToSse());
            return 0;
        });
        return command;
    }
}
