using KnowledgeGraph.Ingestion.Extraction;
using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Evaluation;

/// <summary>
/// Scores extractions against hand-written gold (<see cref="GoldArticle"/>), summed over the articles added.
/// <list type="bullet">
/// <item>Statements: a prediction is right when at least half of its words lie in one gold statement of the same
/// speaker (names match when every word of the shorter is in the longer: "Kelly" ~ "John Kelly"); a gold statement is
/// found when the right predictions assigned to it cover at least half of its words. Granularity may differ (one
/// prediction per sentence of a gold interview answer), spans may not be wildly off. A prediction whose words lie in a
/// gold statement of someone else is a wrong speaker, counted apart because it is worse than a miss.</item>
/// <item>Type, date and place: accuracy over the right predictions, against the gold statement each is assigned to.</item>
/// <item>Persons with offices: a predicted person is right when it is the only prediction of a gold person's name and
/// holds exactly the gold offices; persons by name alone are counted too.</item>
/// <item>Contradictions: a predicted pair is right when its statements are assigned to one statement of each side of a
/// gold contradiction; a gold contradiction is found when one of its pairs is predicted.</item>
/// </list>
/// Words are compared lower-cased, punctuation and quotation marks ignored.
/// </summary>
public sealed class GoldScorer
{
    private readonly List<GoldFinding> _findings = [];

    /// <summary>Speaker-attributed statements.</summary>
    public PrecisionRecall Statements { get; private set; }

    /// <summary>Predictions whose words belong to another speaker's gold statement.</summary>
    public int WrongSpeakers { get; private set; }

    /// <summary>Right predictions with the gold's quote type, out of right predictions.</summary>
    public (int Right, int Total) Types { get; private set; }

    /// <summary>Right predictions with the gold's date (or none when the gold has none).</summary>
    public (int Right, int Total) Dates { get; private set; }

    /// <summary>Right predictions with the gold's place (or none when the gold has none).</summary>
    public (int Right, int Total) Places { get; private set; }

    /// <summary>Persons with exactly their offices.</summary>
    public PrecisionRecall PersonsWithOffices { get; private set; }

    /// <summary>Persons by name.</summary>
    public PrecisionRecall Persons { get; private set; }

    /// <summary>Contradiction pairs.</summary>
    public PrecisionRecall Contradictions { get; private set; }

    /// <summary>Articles added.</summary>
    public int Articles { get; private set; }

    /// <summary>Every difference found, in the order the articles were added.</summary>
    public IReadOnlyList<GoldFinding> Findings => _findings;

    /// <summary>Scores one article's extraction against its gold.</summary>
    public void Add(GoldArticle gold, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(analysis);
        Articles++;
        string article = Path.GetFileName(gold.ArticlePath);
        void Note(string kind, string detail) => _findings.Add(new GoldFinding(article, kind, detail));

        Dictionary<ExtractedStatement, GoldStatement> assigned = ScoreStatements(gold, analysis, Note);
        if (gold.PersonsAnnotated)
            ScorePersons(gold, analysis, Note);
        ScoreContradictions(gold, analysis, assigned, Note);
    }

    private Dictionary<ExtractedStatement, GoldStatement> ScoreStatements(GoldArticle gold, ArticleAnalysis analysis, Action<string, string> note)
    {
        List<HashSet<string>> goldWords = [.. gold.Statements.Select(g => Words(g.Text))];
        var assigned = new Dictionary<ExtractedStatement, GoldStatement>();
        var covered = gold.Statements.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
        int right = 0;
        (int Right, int Total) types = Types, dates = Dates, places = Places;
        foreach (ExtractedStatement p in analysis.Statements)
        {
            HashSet<string> words = Words(p.Text);
            int best = -1;
            double bestShare = 0;
            int other = -1;
            for (int g = 0; g < gold.Statements.Count; g++)
            {
                double share = words.Count == 0 ? 0 : (double)words.Count(goldWords[g].Contains) / words.Count;
                if (share < 0.5)
                    continue;
                if (NamesMatch(p.Speaker.Name, gold.Statements[g].Speaker))
                {
                    if (share > bestShare)
                        (best, bestShare) = (g, share);
                }
                else
                    other = g;
            }
            if (best < 0)
            {
                if (other >= 0)
                {
                    WrongSpeakers++;
                    note("wrong speaker", $"{p.Speaker.Name}: \"{p.Text}\" is {gold.Statements[other].Speaker}'s ({gold.Statements[other].Id})");
                }
                else
                    note("false statement", $"{p.Speaker.Name}: \"{p.Text}\"");
                continue;
            }
            right++;
            GoldStatement g0 = gold.Statements[best];
            assigned[p] = g0;
            covered[best].UnionWith(words.Where(goldWords[best].Contains));
            types = Count(types, p.Type == g0.Type, () => note("wrong type", $"{g0.Id} is {g0.Type}, found {p.Type}: \"{p.Text}\""));
            dates = Count(dates, p.Date == g0.Date, () => note("wrong date", $"{g0.Id} is {Show(g0.Date)}, found {Show(p.Date)}"));
            places = Count(places, p.PlaceKey == g0.Place, () => note("wrong place", $"{g0.Id} is {g0.Place ?? "-"}, found {p.PlaceKey ?? "-"}"));
        }
        (Types, Dates, Places) = (types, dates, places);

        int found = 0;
        for (int g = 0; g < gold.Statements.Count; g++)
        {
            if (goldWords[g].Count > 0 && covered[g].Count * 2 >= goldWords[g].Count)
                found++;
            else
                note("missed statement", $"{gold.Statements[g].Id} {gold.Statements[g].Speaker}: \"{gold.Statements[g].Text}\"" + (covered[g].Count > 0 ? $" (partly: {covered[g].Count}/{goldWords[g].Count} words)" : ""));
        }
        Statements += new PrecisionRecall(right, analysis.Statements.Count, found, gold.Statements.Count);
        return assigned;
    }

    private void ScorePersons(GoldArticle gold, ArticleAnalysis analysis, Action<string, string> note)
    {
        var taken = new HashSet<PersonEntity>();
        int byName = 0, withOffices = 0;
        foreach (GoldPerson g in gold.Persons)
        {
            List<PersonEntity> candidates = [.. analysis.Persons.Where(p => NamesMatch(p.Name, g.Name))];
            PersonEntity? p = candidates.FirstOrDefault(c => c.Name == g.Name) ?? candidates.FirstOrDefault();
            if (p is null || !taken.Add(p))
            {
                note("missed person", g.Name);
                continue;
            }
            byName++;
            if (p.Offices.Order(StringComparer.Ordinal).SequenceEqual(g.Offices.Order(StringComparer.Ordinal)))
                withOffices++;
            else
                note("wrong offices", $"{g.Name} holds {Show(g.Offices)}, found {Show(p.Offices)}");
        }
        foreach (PersonEntity p in analysis.Persons.Where(p => !taken.Contains(p)))
            note("false person", $"{p.Name} {Show(p.Offices)}");
        Persons += new PrecisionRecall(byName, analysis.Persons.Count, byName, gold.Persons.Count);
        PersonsWithOffices += new PrecisionRecall(withOffices, analysis.Persons.Count, withOffices, gold.Persons.Count);
    }

    private void ScoreContradictions(GoldArticle gold, ArticleAnalysis analysis, Dictionary<ExtractedStatement, GoldStatement> assigned, Action<string, string> note)
    {
        var found = new HashSet<GoldContradiction>();
        int right = 0;
        foreach (ExtractedContradiction c in analysis.Contradictions)
        {
            string? a = assigned.GetValueOrDefault(c.First)?.Id;
            string? b = assigned.GetValueOrDefault(c.Second)?.Id;
            GoldContradiction? match = gold.Contradictions.FirstOrDefault(g =>
                a is not null && b is not null && ((g.Side1.Contains(a) && g.Side2.Contains(b)) || (g.Side1.Contains(b) && g.Side2.Contains(a))));
            if (match is null)
            {
                note("false contradiction", $"({a ?? "?"}) {c.First} <> ({b ?? "?"}) {c.Second} [{c.Cue}]");
                continue;
            }
            right++;
            found.Add(match);
        }
        foreach (GoldContradiction g in gold.Contradictions.Where(g => !found.Contains(g)))
            note("missed contradiction", $"{string.Join('|', g.Side1)} <> {string.Join('|', g.Side2)}");
        Contradictions += new PrecisionRecall(right, analysis.Contradictions.Count, found.Count, gold.Contradictions.Count);
    }

    private static (int Right, int Total) Count((int Right, int Total) sums, bool right, Action wrong)
    {
        if (!right)
            wrong();
        return (sums.Right + (right ? 1 : 0), sums.Total + 1);
    }

    /// <summary>True when every word of the shorter name is a word of the longer ("Kelly" ~ "John Kelly").</summary>
    internal static bool NamesMatch(string a, string b)
    {
        string[] x = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] y = b.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        (string[] shorter, string[] longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length > 0 && shorter.All(longer.Contains);
    }

    private static HashSet<string> Words(string text) =>
        [.. Tokenizer.Tokenize(text).Where(t => t.IsWord).Select(t => t.Value.ToLowerInvariant())];

    private static string Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    private static string Show(IReadOnlyList<string> offices) => offices.Count == 0 ? "(no office)" : string.Join('|', offices);
}
