namespace KnowledgeGraph.Ingestion.Tests.Extraction;

[TestClass]
public sealed class EnglishExtractionTests
{
    private static readonly DateOnly s_thursday = new(2017, 2, 23);

    [TestMethod]
    public void QuoteThenSaidName()
    {
        var r = TestHelpers.Ingest("Secretary of State Rex Tillerson arrived. \"We will work together,\" Tillerson said on Tuesday.", "en", s_thursday);
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("Rex Tillerson", s.Speaker.Name);
        Assert.AreEqual("We will work together", s.Text);
        Assert.AreEqual(new DateOnly(2017, 2, 21), s.Date);
        CollectionAssert.Contains(s.Speaker.Offices.ToList(), "us-secretary-of-state");
    }

    [TestMethod]
    public void SaidThat()
    {
        var r = TestHelpers.Ingest("President Donald Trump spoke at the White House. Trump said that the new immigration guidelines were working.", "en");
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("the new immigration guidelines were working", s.Text);
        CollectionAssert.Contains(s.PolicyKeys.ToList(), "immigration-guidelines");
        Assert.AreEqual("Q22686", s.Speaker.Qid);
    }

    [TestMethod]
    public void AccordingTo()
    {
        var r = TestHelpers.Ingest("According to Senator John Cornyn, the bill will pass.", "en");
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("John Cornyn", s.Speaker.Name);
        Assert.AreEqual("the bill will pass", s.Text);
    }

    [TestMethod]
    public void SaidWithInversionAndPronoun()
    {
        var r = TestHelpers.Ingest("Spokesman Mark Lee met reporters. \"No comment,\" said Lee. \"We are done,\" he added.", "en");
        CollectionAssert.AreEqual(new[] { "Mark Lee", "Mark Lee" }, r.Analysis.Statements.Select(s => s.Speaker.Name).ToArray());
    }

    [TestMethod]
    public void ToldNamesTheAddresseeNotTheSpeaker()
    {
        var r = TestHelpers.Ingest("The city is calm, told Mary Smith.", "en");
        Assert.IsEmpty(r.Analysis.Statements);
    }

    [TestMethod]
    public void ContradictedCue()
    {
        var r = TestHelpers.Ingest("\"The wall will be built,\" President Donald Trump said.\n\nSecretary John Kelly contradicted Trump. \"There will be no wall,\" Kelly said.", "en");
        Assert.IsTrue(r.Analysis.Contradictions.Any(c => c.First.Speaker.Name == "John Kelly" && c.Second.Speaker.Name == "Donald Trump"));
    }
}
