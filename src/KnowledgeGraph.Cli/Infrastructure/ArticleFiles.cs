using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Reads the articles of the PATHs given to <c>kg ingest</c> and <c>kg extract</c>: files and directories (recursively, in
/// name order). An input that cannot be read — missing, unreadable, not UTF-8, malformed JSON, no text — is reported on
/// the error writer by name (<c>path:line:column</c> where known) and skipped; the others are returned.
/// </summary>
internal sealed class ArticleFiles(TextWriter error)
{
    public const string Extensions = ".txt, .html, .htm, .json or .jsonl";

    /// <summary>How many inputs were reported and skipped.</summary>
    public int Skipped { get; private set; }

    public List<ArticleInput> Read(IEnumerable<string> paths)
    {
        var articles = new List<ArticleInput>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                IReadOnlyList<string> files = ArticleReader.EnumerateFiles(path);
                if (files.Count == 0)
                    Skip($"kg: '{path}' holds no article files ({Extensions})");
                foreach (string file in files)
                    ReadFile(file, articles);
            }
            else if (File.Exists(path))
            {
                if (ArticleReader.IsSupported(path))
                    ReadFile(path, articles);
                else
                    Skip($"kg: cannot tell what '{path}' holds from its extension; expected {Extensions}");
            }
            else
            {
                Skip($"kg: cannot read '{path}': no such file or directory");
            }
        }

        return articles;
    }

    private void ReadFile(string file, List<ArticleInput> articles)
    {
        IReadOnlyList<ArticleInput> read;
        try
        {
            read = ArticleReader.ReadFile(file);
        }
        catch (ArticleFormatException e)
        {
            Skip(e.Message);
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Skip($"kg: cannot read '{file}': {e.Message}");
            return;
        }

        if (read.Count == 0)
        {
            Skip($"{file}:1:1: expected at least one article, found none");
            return;
        }

        foreach (ArticleInput article in read)
        {
            if (string.IsNullOrWhiteSpace(article.Text))
                Skip($"{file}:1:1: the article '{article.Id}' has no text");
            else
                articles.Add(article);
        }
    }

    private void Skip(string message)
    {
        Skipped++;
        error.WriteLine($"{message} (skipped)");
    }
}
