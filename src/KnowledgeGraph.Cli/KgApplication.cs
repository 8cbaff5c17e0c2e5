using System.CommandLine;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli;

/// <summary>The <c>kg</c> command line: builds the command tree, runs it, and turns failures into messages and exit codes.</summary>
internal static class KgApplication
{
    public static int Run(string[] args)
    {
        RootCommand root = CreateRoot();
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            Console.Error.WriteLine(e.Message);
            return e.ExitCode;
        }
        catch (RdfSyntaxException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"kg: {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"kg: {e.Message}");
            return 1;
        }
    }

    public static RootCommand CreateRoot() =>
        new("kg: build a knowledge graph from German and English news, and query it with SPARQL.\n"
            + "Run 'kg COMMAND --help' for the options of a command.")
        {
            DemoCommand.Create(),
            ConvertCommand.Create(),
            QueryCommand.Create(),
            ParseQueryCommand.Create(),
            LoadCommand.Create(),
            ExportCommand.Create(),
            StatsCommand.Create(),
            ServeCommand.Create(),
            IngestCommand.Create(),
            ExtractCommand.Create(),
            EvalCommand.Create(),
            UpdateCommand.Create(),
            ParseUpdateCommand.Create(),
            LinkCommand.Create(),
            WikidataCommand.Create(),
        };
}
