namespace KnowledgeGraph.Cli;

/// <summary>The <c>kg</c> command line: builds the command tree and runs it.</summary>
internal static class KgApplication
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("kg: no commands yet");
        return args.Length == 0 ? 1 : 1;
    }
}
