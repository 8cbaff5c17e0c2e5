using System.Globalization;
using KnowledgeGraph.Ingestion.Extraction;
using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Ingestion.Evaluation;

/// <summary>
/// The hand-written expected extraction of one article, read from a <c>NAME.gold.tsv</c> file next to the article
/// (<c>NAME.txt</c>, <c>NAME.de.txt</c>, <c>NAME.json</c>, …). Tab-separated lines, <c>#</c> starts a comment,
/// <c>-</c> means none:
/// <code>
/// article        FILE  (optional: the article's file name, when several files share NAME)
/// scope          statements  (optional: only statements and contradictions are annotated, persons are not scored)
/// person         NAME  OFFICE-KEYS (|-separated)
/// statement      ID    SPEAKER  direct|reported  DATE (YYYY-MM-DD)  PLACE-KEY  TEXT
/// contradiction  IDS   IDS      (|-separated statement ids of each side)
/// </code>
/// </summary>
public sealed record GoldArticle(string GoldPath, string ArticlePath, IReadOnlyList<GoldPerson> Persons, IReadOnlyList<GoldStatement> Statements, IReadOnlyList<GoldContradiction> Contradictions)
{
    /// <summary>False when the annotator listed statements only (<c>scope statements</c>): persons are then not scored.</summary>
    public bool PersonsAnnotated { get; init; } = true;

    /// <summary>The suffix of gold files.</summary>
    public const string Suffix = ".gold.tsv";

    /// <summary>Every gold file under a folder (recursively) or the file itself, in name order.</summary>
    public static IReadOnlyList<string> Find(string path)
    {
        if (File.Exists(path))
            return path.EndsWith(Suffix, StringComparison.Ordinal) ? [path] : [];
        if (!Directory.Exists(path))
            return [];
        return [.. Directory.EnumerateFiles(path, "*" + Suffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
    }

    /// <summary>Reads a gold file and locates its article; errors carry file, line and column.</summary>
    public static GoldArticle Read(string goldPath)
    {
        string[] lines = File.ReadAllLines(goldPath);
        var persons = new List<GoldPerson>();
        var statements = new List<GoldStatement>();
        var contradictions = new List<GoldContradiction>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? article = null;
        bool personsAnnotated = true;
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n];
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            string[] f = line.Split('\t');
            ArticleFormatException Error(int field, string message)
            {
                int column = 1 + f.Take(field).Sum(x => x.Length + 1);
                return new ArticleFormatException(goldPath, n + 1, column, message);
            }

            switch (f[0])
            {
                case "article" when f.Length == 2:
                    article = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(goldPath))!, f[1]);
                    if (!File.Exists(article))
                        throw Error(1, $"expected an article file next to the gold file, found no '{f[1]}'.");
                    break;
                case "scope" when f.Length == 2:
                    if (f[1] != "statements")
                        throw Error(1, $"expected 'statements', found '{f[1]}'.");
                    personsAnnotated = false;
                    break;
                case "person" when f.Length == 3:
                    persons.Add(new GoldPerson(f[1], f[2] == "-" ? [] : f[2].Split('|')));
                    break;
                case "statement" when f.Length == 7:
                    if (!ids.Add(f[1]))
                        throw Error(1, $"statement id '{f[1]}' is used twice.");
                    QuoteType type = f[3] switch
                    {
                        "direct" => QuoteType.Direct,
                        "reported" => QuoteType.Reported,
                        _ => throw Error(3, $"expected 'direct' or 'reported', found '{f[3]}'."),
                    };
                    DateOnly? date = null;
                    if (f[4] != "-")
                    {
                        if (!DateOnly.TryParseExact(f[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
                            throw Error(4, $"expected a date YYYY-MM-DD or '-', found '{f[4]}'.");
                        date = d;
                    }
                    statements.Add(new GoldStatement(f[1], f[2], type, date, f[5] == "-" ? null : f[5], f[6]));
                    break;
                case "contradiction" when f.Length == 3:
                    string[] side1 = f[1].Split('|');
                    string[] side2 = f[2].Split('|');
                    for (int k = 1; k <= 2; k++)
                    {
                        foreach (string id in k == 1 ? side1 : side2)
                        {
                            if (!ids.Contains(id))
                                throw Error(k, $"expected the id of a statement above, found '{id}'.");
                        }
                    }
                    contradictions.Add(new GoldContradiction(side1, side2));
                    break;
                default:
                    throw Error(0, "expected 'article FILE', 'scope statements', 'person NAME OFFICES', 'statement ID SPEAKER TYPE DATE PLACE TEXT' or 'contradiction IDS IDS', tab-separated.");
            }
        }
        return new GoldArticle(goldPath, article ?? LocateArticle(goldPath), persons, statements, contradictions) { PersonsAnnotated = personsAnnotated };
    }

    /// <summary>The article of <c>DIR/NAME.gold.tsv</c>: the one supported article file <c>DIR/NAME.*</c>.</summary>
    private static string LocateArticle(string goldPath)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(goldPath))!;
        string name = Path.GetFileName(goldPath)[..^Suffix.Length];
        List<string> candidates = [.. Directory.EnumerateFiles(directory, name + ".*")
            .Where(f => !f.EndsWith(Suffix, StringComparison.Ordinal) && ArticleReader.IsSupported(f) && Path.GetFileName(f).Split('.')[0] == name)
            .Order(StringComparer.Ordinal)];
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new ArticleFormatException(goldPath, 1, 1, $"expected an article {name}.txt, {name}.json or {name}.html next to the gold file."),
            _ => throw new ArticleFormatException(goldPath, 1, 1, $"expected one article named {name}.*, found {string.Join(", ", candidates.Select(Path.GetFileName))}."),
        };
    }
}
