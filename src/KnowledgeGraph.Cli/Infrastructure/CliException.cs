namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>A failure the user can act on: its message is printed as is, and <c>kg</c> exits with <see cref="ExitCode"/>.</summary>
internal sealed class CliException(string message, int exitCode = 1, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}
