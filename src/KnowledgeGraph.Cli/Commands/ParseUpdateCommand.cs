using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
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
            var source = SparqlSourceFile.Read(parse.GetValue(file)!, parse.GetValue(baseIri));
            SparqlUpdate update = SparqlQueries.ParseUpdate(source.Text, source.Name, source.BaseIri);
            Console.WriteLine(update.ToSse());
            return 0;
        });
        return command;
    }
}
