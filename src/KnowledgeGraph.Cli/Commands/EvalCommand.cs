using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Ingestion.Evaluation;
using KnowledgeGraph.Ingestion.Extraction.De;
using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg eval</c>: scores the German speech-event tagger on SpkAtt-2023 Task 1 data (Bundestag speeches with gold cue,
/// source and message spans) and prints proportional precision, recall and F1 per split.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("DIR")
        {
            Description = "SpkAtt-2023 data: a folder of Task 1 JSON files, or a folder above them (each '*/task1' folder is one split, e.g. data/dev/task1).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("eval", "Score speaker attribution (cue, source, message F1 as SpkAtt-2023 defines them) on SpkAtt-2023 Task 1 data.")
        {
            paths,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!));
        return command;
    }

    private static int Run(string[] paths)
    {
        List<(string Split, string Folder)> splits = [.. paths.SelectMany(Splits)];
        if (splits.Count == 0)
            throw new CliException($"kg: found no SpkAtt Task 1 JSON files under {string.Join(", ", paths.Select(p => $"'{p}'"))}");

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"split",-12} {"docs",4} {"gold",5} {"pred",5}   {"cue P/R/F1",-17}   {"source P/R/F1",-17}   {"message P/R/F1",-17}"));
        foreach ((string split, string folder) in splits)
        {
            var scorer = new SpkAttScorer();
            string[] files = [.. Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal)];
            foreach (string file in files)
            {
                SpkAttDocument document;
                try
                {
                    document = SpkAttDocument.Read(file);
                }
                catch (ArticleFormatException e)
                {
                    throw new CliException(e.Message, 1, e);
                }

                scorer.Add(document.Gold, SpeechEventTagger.Default.Tag(document.Sentences));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{split,-12} {files.Length,4} {scorer.GoldEvents,5} {scorer.PredictedEvents,5}   {Format(scorer.Cue),-17}   {Format(scorer.Source),-17}   {Format(scorer.Message),-17}"));
        }

        return 0;
    }

    private static string Format(SpkAttScore s) => string.Create(CultureInfo.InvariantCulture, $"{s.Precision:0.000}/{s.Recall:0.000}/{s.F1:0.000}");

    /// <summary>The folders holding Task 1 JSON: the path itself when it has .json files, else every '*/task1' below it.</summary>
    private static IEnumerable<(string Split, string Folder)> Splits(string path)
    {
        if (!Directory.Exists(path))
            throw new CliException($"kg: cannot read '{path}': no such directory");
        if (Directory.EnumerateFiles(path, "*.json").Any())
            return [(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path))), path)];
        return Directory.EnumerateDirectories(path, "task1", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(d => (Path.GetFileName(Path.GetDirectoryName(d)!), d));
    }
}
