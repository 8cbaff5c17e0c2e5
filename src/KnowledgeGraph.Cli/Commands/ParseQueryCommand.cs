using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg parse-query</c>: checks a query's syntax and prints its algebra (like Jena's qparse).</summary>
internal static class ParseQueryCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The query file ('-' for standard input)." };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI of the query (default: the file's file: IRI)." };
        var command = new Command("parse-query", "Check a SPARQL query and print its algebra as an S-expression (exit 1 with file:line:column on an error).")
        {
            file, baseIri,
        };
        command.SetAction(parse =>
        {
            var source = SparqlSourceFile.Read(parse.GetValue(file)!, parse.GetValue(baseIri));
            SparqlQuery query = SparqlQueries.Parse(source.Text, source.Name, source.BaseIri);
            Console.WriteLine(query.Algebra.ToSse());
            return 0;
        });
        return command;
    }
}
