using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Linking.KnowledgeBase;

namespace KnowledgeGraph.Linking.Tests.Evaluation;

/// <summary>
/// Mention → QID accuracy with the shipped offline base, per language: English on the GUM Wikinews gold links
/// (../shared/wikidata/gum-wikinews-links.tsv, named mentions of the 24 news articles), German on the gold set
/// annotated in german-gold.tsv. Precision = correct links / links made; recall = correct links / mentions whose
/// gold item is in the base; NIL accuracy = mentions whose gold item is not in the base that stay NIL.
/// Prints the figures and a confidence reliability table; asserts the precision and NIL floors.
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

    private sealed record Gold(string Doc, string Text, EntityKind Kind, string? Qid);

    private sealed class Metrics
    {
        public int Mentions, Predicted, Correct, InBase, InBaseCorrect, OutOfBase, OutOfBaseNil;
        public readonly int[] BinCount = new int[5], BinCorrect = new int[5];
        public readonly List<string> Errors = [];

        public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
        public double Recall => InBase == 0 ? 1 : (double)InBaseCorrect / InBase;
        public double NilAccuracy => OutOfBase == 0 ? 1 : (double)OutOfBaseNil / OutOfBase;

        public void Add(Gold gold, LinkResult r, WikidataKnowledgeBase kb)
        {
            Mentions++;
            bool inBase = gold.Qid is not null && kb.TryGetItem(gold.Qid, out _);
            if (r.Qid is not null)
            {
                Predicted++;
                int bin = Math.Min(4, (int)(r.Confidence * 5));
                BinCount[bin]++;
                if (r.Qid == gold.Qid)
                {
                    Correct++;
                    BinCorrect[bin]++;
                }
                else
                {
                    Errors.Add($"WRONG {gold.Doc}: \"{gold.Text}\" → {r.Qid} ({r.Confidence:0.00}), gold {gold.Qid ?? "NIL"}");
                }
            }
            if (inBase)
            {
                InBase++;
                if (r.Qid == gold.Qid)
                    InBaseCorrect++;
                else
                    Errors.Add($"MISSED {gold.Doc}: \"{gold.Text}\" gold {gold.Qid}: {r.Explanation.Summary}");
            }
            else
            {
                OutOfBase++;
                if (r.Qid is null)
                    OutOfBaseNil++;
            }
        }

        public string Report(string name)
        {
            var sb = new StringBuilder();
            CultureInfo c = CultureInfo.InvariantCulture;
            sb.Append(c, $"{name}: {Mentions} mentions, {InBase} with their item in the base, {OutOfBase} not\n");
            sb.Append(c, $"  precision {Precision:0.000} ({Correct}/{Predicted})  recall {Recall:0.000} ({InBaseCorrect}/{InBase})  NIL accuracy {NilAccuracy:0.000} ({OutOfBaseNil}/{OutOfBase})\n");
            sb.Append("  reliability (confidence bin: links, correct):");
            for (int b = 0; b < 5; b++)
            {
                if (BinCount[b] > 0)
                    sb.Append(c, $" [{b * 0.2:0.0},{(b + 1) * 0.2:0.0}): {BinCount[b]}, {BinCorrect[b]};");
            }
            sb.Append('\n');
            foreach (string e in Errors)
                sb.Append("  ").Append(e).Append('\n');
            return sb.ToString();
        }
    }

    private static string SharedFile(params string[] parts)
    {
        string path = Path.Combine([RepositoryPaths.Shared, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
            Assert.Inconclusive($"{path} is not available");
        return path;
    }

    [TestMethod]
    public void EnglishWikinews()
    {
        string gold = SharedFile("wikidata", "gum-wikinews-links.tsv");
        string articles = SharedFile("articles", "en-wikinews");
        var byDoc = new Dictionary<string, List<(int Start, Gold G)>>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(gold).Skip(1))
        {
            string[] f = line.Split('\t');
            if (f.Length < 8 || !File.Exists(Path.Combine(articles, f[0] + ".txt")) || !IsName(f[4]))
                continue;
            EntityKind kind = f[5] switch { "person" => EntityKind.Person, "place" => EntityKind.Place, "organization" => EntityKind.Organization, _ => EntityKind.Unknown };
            if (!byDoc.TryGetValue(f[0], out var list))
                byDoc[f[0]] = list = [];
            list.Add((int.Parse(f[2], CultureInfo.InvariantCulture), new Gold(f[0], Detokenize(f[4]), kind, f[7].StartsWith('Q') ? f[7] : null)));
        }
        var metrics = new Metrics();
        using var linker = new EntityLinker();
        foreach ((string doc, var mentions) in byDoc.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            string[] lines = File.ReadAllLines(Path.Combine(articles, doc + ".txt"));
            DateOnly? date = lines.Where(l => l.StartsWith("# dateCreated:", StringComparison.Ordinal))
                .Select(l => DateOnly.TryParse(l["# dateCreated:".Length..].Trim(), CultureInfo.InvariantCulture, out DateOnly d) ? d : (DateOnly?)null).FirstOrDefault();
            string text = string.Join("\n", lines.Where(l => !l.StartsWith('#')));
            Gold[] ordered = [.. mentions.OrderBy(m => m.Start).Select(m => m.G)];
            var document = new LinkingDocument("en", [.. ordered.Select(g => new EntityMention(g.Text, g.Kind))]) { Text = text, Date = date };
            IReadOnlyList<LinkResult> results = linker.Link(document);
            for (int i = 0; i < ordered.Length; i++)
                metrics.Add(ordered[i], results[i], linker.KnowledgeBase);
        }
        string report = metrics.Report("English (GUM Wikinews, named mentions)");
        Console.WriteLine(report);
        TestContext.WriteLine(report);
        Assert.IsTrue(metrics.Precision >= 0.95, report);
        Assert.IsTrue(metrics.NilAccuracy >= 0.95, report);
    }

    [TestMethod]
    public void GermanGoldSet()
    {
        string spkatt = SharedFile("articles", "de-bundestag-spkatt", "data", "dev", "task1");
        string seed = SharedFile("seed", "kelly-mexiko.de.txt");
        var docs = new Dictionary<string, (DateOnly Date, string Text, List<Gold> Mentions)>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Evaluation", "german-gold.tsv")))
        {
            if (line.StartsWith('#') || line.StartsWith("doc\t", StringComparison.Ordinal) || line.Length == 0)
                continue;
            string[] f = line.Split('\t');
            if (!docs.TryGetValue(f[0], out var doc))
            {
                string text = f[2] == "seed" ? File.ReadAllText(seed) : SpeechText(spkatt, f[0], f[2]);
                docs[f[0]] = doc = (DateOnly.Parse(f[1], CultureInfo.InvariantCulture), text, []);
            }
            doc.Mentions.Add(new Gold(f[0], f[3], Enum.Parse<EntityKind>(f[4]), f[5] == "NIL" ? null : f[5]));
        }
        var metrics = new Metrics();
        using var linker = new EntityLinker();
        foreach ((string _, (DateOnly date, string text, List<Gold> mentions)) in docs)
        {
            var document = new LinkingDocument("de", [.. mentions.Select(g => new EntityMention(g.Text, g.Kind))]) { Text = text, Date = date };
            IReadOnlyList<LinkResult> results = linker.Link(document);
            for (int i = 0; i < mentions.Count; i++)
                metrics.Add(mentions[i], results[i], linker.KnowledgeBase);
        }
        string report = metrics.Report("German (seed + SpkAtt speeches, annotated)");
        Console.WriteLine(report);
        TestContext.WriteLine(report);
        Assert.IsTrue(metrics.Precision >= 0.95, report);
        Assert.IsTrue(metrics.NilAccuracy >= 0.95, report);
    }

    private static string SpeechText(string directory, string doc, string sentenceIds)
    {
        string id = doc.Split('-')[1];
        string file = Directory.GetFiles(directory, id + "_*.json").Single();
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
            .Replace(" ,", ",", StringComparison.Ordinal);
}
