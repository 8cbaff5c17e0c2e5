using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Linking.Tests.Evaluation;

/// <summary>
/// Mention → QID accuracy with the shipped offline base, per language: English on the GUM Wikinews gold links
/// (../shared/wikidata/gum-wikinews-links.tsv, named mentions of the 24 news articles), German on the gold sets
/// annotated in german-gold.tsv (seed + SpkAtt speeches) and german-gold-spkatt.tsv (more SpkAtt speeches, annotated
/// before the linker was tuned on it). Precision = correct links / links made; recall = correct links / mentions whose
/// gold item is in the base; NIL accuracy = mentions whose gold item is not in the base that stay NIL.
/// Prints (and writes to TestResults/linking-evaluation-*.txt) the figures, every miss with its cause, and a
/// reliability table of the top candidate's confidence against how often it is the gold item; asserts the precision
/// and NIL floors.
/// </summary>
[TestClass]
public sealed class LinkingEvaluation
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My",
        "Him", "Them", "Us", "Me", "There", "Here", "Who", "Which", "What",
    };

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void EnglishWikinews()
    {
        string gold = SharedFile("wikidata", "gum-wikinews-links.tsv");
        string articles = SharedFile("articles", "en-wikinews");
        var byDoc = new Dictionary<string, List<(int Start, EvaluationMetrics.Gold G)>>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(gold).Skip(1))
        {
            string[] f = line.Split('\t');
            if (f.Length < 8 || !File.Exists(Path.Combine(articles, f[0] + ".txt")) || !IsName(f[4]))
                continue;
            EntityKind kind = f[5] switch { "person" => EntityKind.Person, "place" => EntityKind.Place, "organization" => EntityKind.Organization, _ => EntityKind.Unknown };
            if (!byDoc.TryGetValue(f[0], out var list))
                byDoc[f[0]] = list = [];
            list.Add((int.Parse(f[2], CultureInfo.InvariantCulture), new EvaluationMetrics.Gold(f[0], Detokenize(f[4]), kind, f[7].StartsWith('Q') ? f[7] : null)));
        }
        var metrics = new EvaluationMetrics("English (GUM Wikinews, named mentions)");
        using var linker = new EntityLinker();
        foreach ((string doc, var mentions) in byDoc.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            string[] lines = File.ReadAllLines(Path.Combine(articles, doc + ".txt"));
            DateOnly? date = lines.Where(l => l.StartsWith("# dateCreated:", StringComparison.Ordinal))
                .Select(l => DateOnly.TryParse(l["# dateCreated:".Length..].Trim(), CultureInfo.InvariantCulture, out DateOnly d) ? d : (DateOnly?)null).FirstOrDefault();
            string text = string.Join("\n", lines.Where(l => !l.StartsWith('#')));
            EvaluationMetrics.Gold[] ordered = [.. mentions.OrderBy(m => m.Start).Select(m => m.G)];
            var document = new LinkingDocument("en", [.. ordered.Select(g => new EntityMention(g.Text, g.Kind))]) { Text = text, Date = date };
            IReadOnlyList<LinkResult> results = linker.Link(document);
            for (int i = 0; i < ordered.Length; i++)
                metrics.Add(ordered[i], results[i], linker.KnowledgeBase);
        }
        Report("en", metrics);
    }

    [TestMethod]
    public void GermanGoldSets()
    {
        using var linker = new EntityLinker();
        EvaluationMetrics first = EvaluateGerman(linker, "german-gold.tsv", "German set 1 (seed + 3 SpkAtt speeches)");
        EvaluationMetrics second = EvaluateGerman(linker, "german-gold-spkatt.tsv", "German set 2 (15 more SpkAtt speech contexts)");
        Report("de", first, second, EvaluationMetrics.Combine("German (both sets)", first, second));
    }

    private void Report(string language, params EvaluationMetrics[] sets)
    {
        string report = string.Join("\n", sets.Select(m => m.Report()));
        Console.WriteLine(report);
        TestContext.WriteLine(report);
        string dir = Path.Combine(RepositoryPaths.Root, "TestResults");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, $"linking-evaluation-{language}.txt"), report);
        EvaluationMetrics all = sets[^1];
        Assert.IsGreaterThanOrEqualTo(0.95, all.Precision, report);
        Assert.IsGreaterThanOrEqualTo(0.95, all.NilAccuracy, report);
    }

    private static EvaluationMetrics EvaluateGerman(EntityLinker linker, string goldFile, string name)
    {
        string seed = SharedFile("seed", "kelly-mexiko.de.txt");
        string speeches = SharedFile("articles", "de-bundestag-spkatt", "data");
        var docs = new Dictionary<string, (DateOnly Date, string Text, List<EvaluationMetrics.Gold> Mentions)>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Evaluation", goldFile)))
        {
            if (line.StartsWith('#') || line.StartsWith("doc\t", StringComparison.Ordinal) || line.Length == 0)
                continue;
            string[] f = line.Split('\t');
            if (!docs.TryGetValue(f[0], out var doc))
            {
                string text = f[2] == "seed" ? File.ReadAllText(seed) : SpeechText(speeches, f[0], f[2]);
                docs[f[0]] = doc = (DateOnly.Parse(f[1], CultureInfo.InvariantCulture), text, []);
            }
            doc.Mentions.Add(new EvaluationMetrics.Gold(f[0], f[3], Enum.Parse<EntityKind>(f[4]), f[5] == "NIL" ? null : f[5]));
        }
        var metrics = new EvaluationMetrics(name);
        foreach ((string _, (DateOnly date, string text, List<EvaluationMetrics.Gold> mentions)) in docs)
        {
            var document = new LinkingDocument("de", [.. mentions.Select(g => new EntityMention(g.Text, g.Kind))]) { Text = text, Date = date };
            IReadOnlyList<LinkResult> results = linker.Link(document);
            for (int i = 0; i < mentions.Count; i++)
                metrics.Add(mentions[i], results[i], linker.KnowledgeBase);
        }
        return metrics;
    }

    private static string SharedFile(params string[] parts)
    {
        string path = Path.Combine([RepositoryPaths.Shared, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
            Assert.Inconclusive($"{path} is not available");
        return path;
    }

    /// <summary>The listed sentences of a SpkAtt speech: doc "spkatt-ID-SPEAKER[#n]" is the dev or trial file whose
    /// name starts with ID and contains SPEAKER (hyphens as underscores).</summary>
    private static string SpeechText(string dataDirectory, string doc, string sentenceIds)
    {
        string[] parts = doc.Split('#')[0].Split('-', 3);
        string speaker = parts[2].Replace('-', '_');
        string file = Directory.GetFiles(dataDirectory, parts[1] + "_*.json", SearchOption.AllDirectories)
            .Where(p => p.Contains($"{Path.DirectorySeparatorChar}task1{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(p).Contains(speaker, StringComparison.OrdinalIgnoreCase))
            .Single();
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(file));
        HashSet<int> wanted = [.. sentenceIds.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
        var text = new StringBuilder();
        foreach (JsonElement s in json.RootElement.GetProperty("Sentences").EnumerateArray())
        {
            if (wanted.Contains(s.GetProperty("SentenceId").GetInt32()))
                text.AppendJoin(' ', s.GetProperty("Tokens").EnumerateArray().Select(t => t.GetString())).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>A named mention: some word is capitalized, and it is not a pronoun or a bare determiner phrase.</summary>
    private static bool IsName(string mention)
    {
        string[] words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || (words.Length == 1 && NotNames.Contains(words[0])))
            return false;
        return words.Skip(1).Any(w => char.IsUpper(w[0])) || (char.IsUpper(words[0][0]) && !NotNames.Contains(words[0]) && words[0] != "The" && words[0] != "A");
    }

    /// <summary>GUM's token text puts spaces around punctuation ("U.S .", "Y - tong"); join it back where English does.</summary>
    private static string Detokenize(string tokens) =>
        tokens.Replace(" - ", "-", StringComparison.Ordinal).Replace(" 's", "'s", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal)
            .Replace(" ,", ",", StringComparison.Ordinal).Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal);
}
