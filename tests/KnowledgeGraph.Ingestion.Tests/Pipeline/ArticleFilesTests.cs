using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Ingestion.Tests.Pipeline;

/// <summary>Which files of a folder are read as articles.</summary>
[TestClass]
public sealed class ArticleFilesTests
{
    [TestMethod]
    public void FoldersSkipLicencesAndReadMesButNamedFilesAreRead()
    {
        string folder = Path.Combine(Path.GetTempPath(), "kg-articles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        try
        {
            foreach (string name in (string[])["a.txt", "sub/b.json", "LICENSE-GUM.txt", "readme.txt", "sub/NOTICE.html", "notes.md", "licensed-report.txt"])
            {
                File.WriteAllText(Path.Combine(folder, name), "Titel\n\nText.");
            }

            CollectionAssert.AreEqual(
                new[] { "a.txt", "licensed-report.txt", "sub/b.json" },
                ArticleReader.EnumerateFiles(folder).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToArray());
            string licence = Path.Combine(folder, "LICENSE-GUM.txt");
            CollectionAssert.AreEqual(new[] { licence }, ArticleReader.EnumerateFiles(licence).ToArray());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
