using Humanizer;
using KnowledgeGraph.Rdf.Formats;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Prints lenient-mode syntax errors as <c>path:line:column: message</c> and counts them.</summary>
internal sealed class ErrorReporter(TextWriter error)
{
    public int Count { get; private set; }

    public void Report(RdfSyntaxException e)
    {
        Count++;
        error.WriteLine($"{e.Message} (skipped)");
    }

    /// <summary>A closing line such as "kg: skipped 3 bad statements", or nothing when there were none.</summary>
    public void Summarize()
    {
        if (Count > 0)
        {
            error.WriteLine($"kg: skipped {"bad statement".ToQuantity(Count)}");
        }
    }
}
