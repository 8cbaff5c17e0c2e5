using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Parses a query or an update request, turning syntax errors into <c>source:line:column: message</c>.</summary>
internal static class SparqlQueries
{
    public static SparqlQuery Parse(string text, string source, Iri? baseIri)
    {
        try
        {
            return SparqlParser.ParseQuery(text, baseIri);
        }
        catch (SparqlSyntaxException e)
        {
            throw new CliException($"{source}:{e.Line}:{e.Column}: {e.Reason}", 1, e);
        }
    }

    public static SparqlUpdate ParseUpdate(string text, string source, Iri? baseIri)
    {
        try
        {
            return SparqlParser.ParseUpdate(text, baseIri);
        }
        catch (SparqlSyntaxException e)
        {
            throw new CliException($"{source}:{e.Line}:{e.Column}: {e.Reason}", 1, e);
        }
    }
}
