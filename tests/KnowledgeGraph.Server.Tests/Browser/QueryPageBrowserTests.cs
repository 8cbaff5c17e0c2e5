using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace KnowledgeGraph.Server.Tests.Browser;

/// <summary>
/// The query page in a real browser: Debian's chromium and chromium-driver (the packages .ci/run installs), driven by
/// Selenium with explicit paths so nothing is downloaded.
/// </summary>
[TestClass]
public sealed class QueryPageBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriver = "/usr/bin/chromedriver";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task An_example_query_shows_rows_whose_links_lead_to_the_describe_page()
    {
        if (!File.Exists(Chromium) || !File.Exists(ChromeDriver))
        {
            Assert.Inconclusive($"needs Debian's chromium and chromium-driver ({Chromium}, {ChromeDriver}): apt-get install -y chromium chromium-driver");
        }

        await using LiveServer live = await LiveServer.StartAsync();
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900");
        using ChromeDriverService service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        using var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(20));

        driver.Navigate().GoToUrl(live.Server.Address + "?lang=de");
        wait.Until(d => d.FindElement(By.TagName("body")).GetAttribute("data-ready") == "true");
        string query = driver.FindElement(By.Id("query")).GetAttribute("value") ?? "";
        StringAssert.Contains(query, "PREFIX kgo: <https://w3id.org/knowledge-graph/ontology#>");
        StringAssert.Contains(query, "PREFIX wd: <http://www.wikidata.org/entity/>");

        IWebElement offices = driver.FindElements(By.CssSelector("#examples button")).Single(b => b.Text == "Personen und ihre Ämter");
        offices.Click();
        driver.FindElement(By.Id("run")).Click();
        wait.Until(d => d.FindElements(By.CssSelector("#results tbody tr")).Count > 0);

        IReadOnlyCollection<IWebElement> rows = driver.FindElements(By.CssSelector("#results tbody tr"));
        Assert.HasCount(2, rows);
        StringAssert.Contains(driver.FindElement(By.Id("results")).Text, "Heimatschutzminister");
        StringAssert.Contains(driver.FindElement(By.Id("status")).Text, "2 results");
        SaveScreenshot(driver, "query-page-results.png");

        IWebElement link = driver.FindElements(By.CssSelector("#results tbody a.iri")).First(a => a.Text == "<http://example.org/dhs>" || a.GetAttribute("title") == "http://example.org/dhs");
        link.Click();
        wait.Until(d => d.Url.Contains("/describe?", StringComparison.Ordinal));
        Assert.AreEqual("Heimatschutzminister", driver.FindElement(By.Id("title")).Text);
        StringAssert.Contains(driver.FindElement(By.TagName("main")).Text, "wd:Q642859");
        SaveScreenshot(driver, "describe-page.png");
    }

    private void SaveScreenshot(ChromeDriver driver, string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        driver.GetScreenshot().SaveAsFile(path);
        TestContext.AddResultFile(path);
        Assert.IsGreaterThan(1000L, new FileInfo(path).Length);
    }
}
