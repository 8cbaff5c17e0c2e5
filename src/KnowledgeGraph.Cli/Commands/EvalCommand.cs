using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Ingestion.Evaluation;
using KnowledgeGraph.Ingestion.Extraction.De;
using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg eval</c>: scores the German speech-event tagger on SpkAtt-2023 Task 1 data (Bundestag speeches with gold cue,
/// source and message spans) and prints proportional precision, recall and F1 per split; and scores the article
/// extractor on folders of articles with hand-written gold (<c>NAME.gold.tsv</c>, see <see cref="GoldArticle"/>):
/// speaker-attributed statements, their type, date and place, persons with offices, and contradictions, per language.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("DIR")
        {
            Description = "SpkAtt-2023 data (a folder of Task 1 JSON files, or a folder above them: each '*/task1' folder is one split, e.g. data/dev/task1), "
                + "or folders of articles with hand-written gold annotations (NAME.gold.tsv next to NAME.txt).",
            Arity = ArgumentArity.OneOrMore,
        };
        var details = new Option<bool>("--details") { Description = "With gold annotations: list every missed, false or wrong item." };
        var command = new Command("eval", "Score speaker attribution on SpkAtt-2023 Task 1 data (cue, source, message F1) or on articles with gold annotations.")
        {
            paths, details,
        };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(details)));
        return command;
    }

    private static int Run(string[] paths, bool details)
    {
        List<string> goldFiles = [.. paths.SelectMany(GoldArticle.Find)];
        if (goldFiles.Count > 0)
            return RunGold(goldFiles, details);
        List<(string Split, string Folder)> splits = [.. paths.SelectMany(Splits)];
        if (splits.Count == 0)
            throw new CliException($"kg: found no SpkAtt Task 1 JSON files and no *.gold.tsv files under {string.Join(", ", paths.Select(p => $"'{p}'"))}");

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

    /// <summary>Extracts every article with gold and prints the scores per language (and every finding with --details).</summary>
    private static int RunGold(List<string> goldFiles, bool details)
    {
        var ingestor = new ArticleIngestor();
        var scorers = new SortedDictionary<string, GoldScorer>(StringComparer.Ordinal);
        foreach (string file in goldFiles)
        {
            GoldArticle gold;
            IngestionResult result;
            try
            {
                gold = GoldArticle.Read(file);
                result = ingestor.IngestPath(gold.ArticlePath).Single();
            }
            catch (ArticleFormatException e)
            {
                throw new CliException(e.Message, 1, e);
            }
            if (!scorers.TryGetValue(result.Language, out GoldScorer? scorer))
                scorers[result.Language] = scorer = new GoldScorer();
            scorer.Add(gold, result.Analysis);
        }

        foreach ((string language, GoldScorer s) in scorers)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language}: {s.Articles} articles"));
            PrecisionRecall st = s.Statements;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  statements        P {st.Precision:0.000} ({st.RightPredictions}/{st.Predictions})  R {st.Recall:0.000} ({st.FoundGold}/{st.Gold})  F1 {st.F1:0.000}  wrong speaker {s.WrongSpeakers}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  type/date/place   {Ratio(s.Types)} / {Ratio(s.Dates)} / {Ratio(s.Places)} of {s.Types.Total} right statements"));
            Console.WriteLine($"  persons+offices   {Format(s.PersonsWithOffices)}   (by name {Format(s.Persons)})");
            Console.WriteLine($"  contradictions    {Format(s.Contradictions)}");
        }
        if (details)
        {
            foreach (GoldFinding finding in scorers.Values.SelectMany(s => s.Findings))
                Console.WriteLine(finding);
        }
        return 0;
    }

    private static string Ratio((int Right, int Total) r) => string.Create(CultureInfo.InvariantCulture, $"{(r.Total == 0 ? 1 : (double)r.Right / r.Total):0.000}");

    private static string Format(PrecisionRecall s) => string.Create(CultureInfo.InvariantCulture,
        $"P {s.Precision:0.000} ({s.RightPredictions}/{s.Predictions})  R {s.Recall:0.000} ({s.FoundGold}/{s.Gold})  F1 {s.F1:0.000}");

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
