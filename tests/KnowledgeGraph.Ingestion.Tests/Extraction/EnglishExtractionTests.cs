using KnowledgeGraph.Ingestion.Extraction;

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

    [TestMethod]
    [DataRow("University of Texas Student Association president Sara Lind said the campus was calm.", "Sara Lind")]
    [DataRow("According to the Herald, Emeritus Professor John Burr, the chairman of the panel, said the flag was never open to choice.", "John Burr")]
    [DataRow("Lydia Buchner for Food Standards Australia, says they are looking at mandatory guidelines.", "Lydia Buchner")]
    [DataRow("Speaking for the defence, Tom Molly, SC, said that the parents should be declared not guilty.", "Tom Molly")]
    public void SubjectsAfterDescriptionsAndIntroductions(string text, string speaker)
    {
        var s = TestHelpers.Ingest(text, "en").Analysis.Statements.Single();
        Assert.AreEqual(speaker, s.Speaker.Name);
    }

    [TestMethod]
    public void StateDepartmentSaidIsNoStatementOfTheNamedObject()
    {
        var r = TestHelpers.Ingest("The US State Department said John Kerry, the Secretary of State, contacted Thailand's foreign minister.", "en");
        Assert.IsEmpty(r.Analysis.Statements);
        CollectionAssert.AreEqual(new[] { "us-secretary-of-state" }, r.Analysis.Persons.Single(p => p.Name == "John Kerry").Offices.ToArray());
    }

    [TestMethod]
    public void SplitQuotationIsOneDirectStatement()
    {
        var r = TestHelpers.Ingest("\"We are so interested,\" team member Rodaba Noor told the press, \"to show that we can make robots too.\"", "en");
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("Rodaba Noor", s.Speaker.Name);
        Assert.AreEqual(QuoteType.Direct, s.Type);
        StringAssert.Contains(s.Text, "We are so interested");
        StringAssert.Contains(s.Text, "to show that we can make robots too");
    }

    [TestMethod]
    public void FrameInsideTheSentence()
    {
        var r = TestHelpers.Ingest("Treasurer K.C. Maurer spoke. Institutional recipients, said Maurer, are required to exhibit the photographs.", "en");
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("K.C. Maurer", s.Speaker.Name);
        Assert.AreEqual("Institutional recipients are required to exhibit the photographs", s.Text);
    }

    [TestMethod]
    public void CueEndingTheSentenceTakesTheNextQuotation()
    {
        var r = TestHelpers.Ingest("Critic Mark Rathbun stated,\n\n\"Daniel was picked up by an investigator. He was taken to the towers.\"", "en");
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("Mark Rathbun", s.Speaker.Name);
        StringAssert.StartsWith(s.Text, "Daniel was picked up");
    }

    [TestMethod]
    public void QuotationSignedWithADash()
    {
        var s = TestHelpers.Ingest("\"It's a long game.\" - Matthew Ingram", "en").Analysis.Statements.Single();
        Assert.AreEqual("Matthew Ingram", s.Speaker.Name);
        Assert.AreEqual("It's a long game.", s.Text);
    }

    [TestMethod]
    public void CoordinatedSecondSpeechVerbMakesASecondStatement()
    {
        var r = TestHelpers.Ingest("Labour's Shadow Home Secretary Yvette Cole said her party has supported the idea for months, and said it was damning that nothing happened.", "en");
        CollectionAssert.AreEqual(new[] { "her party has supported the idea for months", "it was damning that nothing happened" }, r.Analysis.Statements.Select(s => s.Text).ToArray());
        Assert.IsEmpty(r.Analysis.Persons.Single().Offices, "a shadow minister holds no office");
    }

    [TestMethod]
    public void RelativeClauseSpeaker()
    {
        var r = TestHelpers.Ingest("He met with Tom Devlin, who had told Montalvo he would assist him with housing.", "en");
        var s = r.Analysis.Statements.Single();
        Assert.AreEqual("Tom Devlin", s.Speaker.Name);
        Assert.AreEqual("he would assist him with housing", s.Text);
    }

    [TestMethod]
    public void MisspeltSurnameIsTheSamePerson()
    {
        var r = TestHelpers.Ingest("Lydia Buchtmann, a spokeswoman, said the issue is complicated. \"We need time,\" Ms Bauchtman said.", "en");
        Assert.IsTrue(r.Analysis.Statements.All(s => s.Speaker.Name == "Lydia Buchtmann"));
        Assert.HasCount(2, r.Analysis.Statements);
    }

    [TestMethod]
    public void ObjectOfANonSpeechVerbIsNoContent()
    {
        var r = TestHelpers.Ingest("In her remarks, curator Kathryn Walters pointed out those features to attendees, noting the touches of the Factory.", "en");
        Assert.IsEmpty(r.Analysis.Statements);
    }

    [TestMethod]
    public void EnvironmentMinisterWithoutCountryHoldsNoGuessedPost()
    {
        var r = TestHelpers.Ingest("Environment Minister John Baird said the documents were not secret.", "en");
        Assert.IsEmpty(r.Analysis.Statements.Single().Speaker.Offices);
    }
}
