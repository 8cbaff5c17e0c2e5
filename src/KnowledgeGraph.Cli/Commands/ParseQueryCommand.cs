using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Rdf;
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
            string path = parse.GetValue(file)!;
            string? baseText = parse.GetValue(baseIri);
            string text = path == "-" ? Console.In.ReadToEnd()
                : File.Exists(path) ? File.ReadAllText(path)
                : throw new CliException($"kg: cannot read '{path}': no such file");
            Iri? b = baseText is not null ? Arguments.ParseIri(baseText, "--base") : path == "-" ? null : FileIris.FromPath(path);
            SparqlQuery query = SparqlQueries.Parse(text, path == "-" ? "<stdin>" : path, b);
            Console.WriteLine(query.Algebra.ToSse());
            return 0;
        });
        return command;
    }
}
