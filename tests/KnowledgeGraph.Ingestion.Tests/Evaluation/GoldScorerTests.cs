using KnowledgeGraph.Ingestion.Evaluation;
using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Ingestion.Tests.Evaluation;

[TestClass]
public sealed class GoldScorerTests
{
    private const string Article = "Bundesinnenministerin Sabine Falk sagte am Montag, die Lage sei ernst. „Wir handeln“, sagte Falk.\n\n"
        + "Verdi-Chef Holger Brandes widersprach Falk. Die Lage sei ruhig, sagte Brandes.";

    private static string Folder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "kg-gold-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "lage.txt"), "# date: 2017-02-23\n\nLage\n\n" + Article);
        return folder;
    }

    private static GoldScorer Score(string gold)
    {
        string folder = Folder();
        try
        {
            File.WriteAllText(Path.Combine(folder, "lage.gold.tsv"), gold);
            GoldArticle article = GoldArticle.Read(Path.Combine(folder, "lage.gold.tsv"));
            var scorer = new GoldScorer();
            scorer.Add(article, new ArticleIngestor().IngestPath(article.ArticlePath).Single().Analysis);
            return scorer;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void ExactGoldScoresOne()
    {
        GoldScorer s = Score("""
            person	Sabine Falk	de-interior-minister
            person	Holger Brandes	-
            statement	s1	Sabine Falk	reported	2017-02-20	-	die Lage sei ernst
            statement	s2	Sabine Falk	direct	-	-	Wir handeln
            statement	s3	Holger Brandes	reported	-	-	Die Lage sei ruhig
            contradiction	s3	s1|s2
            """);
        Assert.AreEqual(1.0, s.Statements.Precision, string.Join('\n', s.Findings));
        Assert.AreEqual(1.0, s.Statements.Recall, string.Join('\n', s.Findings));
        Assert.AreEqual(1.0, s.PersonsWithOffices.F1, string.Join('\n', s.Findings));
        Assert.AreEqual((3, 3), s.Dates);
        Assert.AreEqual(1.0, s.Contradictions.Recall, string.Join('\n', s.Findings));
        Assert.IsEmpty(s.Findings);
    }

    [TestMethod]
    public void WrongSpeakerMissAndWrongOfficeAreCountedApart()
    {
        GoldScorer s = Score("""
            person	Sabine Falk	-
            person	Holger Brandes	-
            statement	s1	Holger Brandes	reported	2017-02-20	-	die Lage sei ernst
            statement	s2	Sabine Falk	direct	-	-	Wir handeln
            statement	s3	Holger Brandes	reported	-	-	Die Lage sei ruhig
            statement	s4	Holger Brandes	reported	-	-	Streiks stehen bevor und niemand hält sie auf
            """);
        Assert.AreEqual(1, s.WrongSpeakers);
        Assert.AreEqual(new PrecisionRecall(2, 3, 2, 4), s.Statements);
        Assert.AreEqual(0.5, s.PersonsWithOffices.Recall);
        Assert.AreEqual(1.0, s.Persons.Recall);
        CollectionAssert.Contains(s.Findings.Select(f => f.Kind).ToList(), "missed statement");
        CollectionAssert.Contains(s.Findings.Select(f => f.Kind).ToList(), "false contradiction");
    }

    [TestMethod]
    public void ScopeStatementsLeavesPersonsUnscored()
    {
        GoldScorer s = Score("scope\tstatements\nstatement\ts1\tSabine Falk\treported\t2017-02-20\t-\tdie Lage sei ernst\n");
        Assert.AreEqual(0, s.Persons.Predictions);
        Assert.AreEqual(1.0, s.Statements.Recall);
    }

    [TestMethod]
    [DataRow("statement\ts1\tSabine Falk\tquoted\t-\t-\tx\n", 1, 26, "expected 'direct' or 'reported'")]
    [DataRow("statement\ts1\tSabine Falk\tdirect\t23.2.2017\t-\tx\n", 1, 33, "expected a date")]
    [DataRow("person\tSabine Falk\t-\ncontradiction\ts1\ts2\n", 2, 15, "expected the id of a statement above")]
    [DataRow("speaker\tSabine Falk\n", 1, 1, "expected 'article FILE'")]
    public void MalformedGoldReportsTheLocation(string gold, int line, int column, string message)
    {
        string folder = Folder();
        try
        {
            string path = Path.Combine(folder, "lage.gold.tsv");
            File.WriteAllText(path, gold);
            var e = Assert.Throws<ArticleFormatException>(() => GoldArticle.Read(path));
            Assert.AreEqual(line, e.Line, e.Message);
            Assert.AreEqual(column, e.Column, e.Message);
            StringAssert.Contains(e.Message, message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void NamesMatchWhenTheShorterIsPartOfTheLonger()
    {
        Assert.IsTrue(GoldScorer.NamesMatch("Kelly", "John Kelly"));
        Assert.IsTrue(GoldScorer.NamesMatch("Luis Videgaray", "Luis Videgaray Caso"));
        Assert.IsFalse(GoldScorer.NamesMatch("John Key", "John Kelly"));
    }
}
