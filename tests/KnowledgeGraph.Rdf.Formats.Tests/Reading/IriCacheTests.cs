using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Reading;

namespace KnowledgeGraph.Rdf.Formats.Tests.Reading;

[TestClass]
public sealed class IriCacheTests
{
    [TestMethod]
    public void FindsAnIriByItsOwnTextOnly()
    {
        var cache = new IriCache(slotBits: 4);
        var iri = Iri.Parse("http://example.org/a");
        cache.Add("http://example.org/a"u8, iri);

        Assert.AreSame(iri, cache.Find("http://example.org/a"u8));
        Assert.IsNull(cache.Find("http://example.org/b"u8));
        Assert.IsNull(cache.Find("http://example.org/a/"u8));
        Assert.IsNull(cache.Find("http://example.org/"u8));
    }

    [TestMethod]
    public void FindsIrisWithCharactersBeyondAscii()
    {
        // UTF-8 is longer than UTF-16 here, so the ASCII comparison cannot decide; the IRI's own text is encoded instead.
        var cache = new IriCache(slotBits: 4);
        var munich = Iri.Parse("http://de.dbpedia.org/resource/München");
        var emoji = Iri.Parse("http://example.org/😀");
        cache.Add(Encoding.UTF8.GetBytes(munich.Value), munich);
        cache.Add(Encoding.UTF8.GetBytes(emoji.Value), emoji);

        Assert.AreSame(munich, cache.Find(Encoding.UTF8.GetBytes("http://de.dbpedia.org/resource/München")));
        Assert.AreSame(emoji, cache.Find(Encoding.UTF8.GetBytes("http://example.org/😀")));
        Assert.IsNull(cache.Find(Encoding.UTF8.GetBytes("http://de.dbpedia.org/resource/Münchem")));
        Assert.IsNull(cache.Find(Encoding.UTF8.GetBytes("http://de.dbpedia.org/resource/Munchen")));

        string longName = "http://example.org/" + string.Concat(Enumerable.Repeat("Straße/", 100));
        var longIri = Iri.Parse(longName);
        cache.Add(Encoding.UTF8.GetBytes(longName), longIri);
        Assert.AreSame(longIri, cache.Find(Encoding.UTF8.GetBytes(longName)));
        Assert.IsNull(cache.Find(Encoding.UTF8.GetBytes(longName.Replace('ß', 's'))));
    }

    [TestMethod]
    public void ACollisionReplacesTheSlotAndNeverAnswersForTheOtherText()
    {
        // One slot: every IRI collides.
        var cache = new IriCache(slotBits: 1);
        var texts = Enumerable.Range(0, 16).Select(i => $"http://example.org/{i}").ToArray();
        foreach (string text in texts)
        {
            cache.Add(Encoding.UTF8.GetBytes(text), Iri.Parse(text));
        }

        foreach (string text in texts)
        {
            Iri? found = cache.Find(Encoding.UTF8.GetBytes(text));
            Assert.IsTrue(found is null || found.Value == text, $"{text} answered with {found}");
        }
    }

    [TestMethod]
    public void ThreadsSharingACacheSeeOnlyTheIriTheyAskFor()
    {
        // Parallel N-Quads workers share one cache: a lookup racing a replacement finds the old IRI or the new one,
        // and answers only when that IRI is the one asked for.
        var cache = new IriCache(slotBits: 6);
        byte[][] bytes = [.. Enumerable.Range(0, CacheRace.Keys).Select(k => Encoding.UTF8.GetBytes(CacheRace.Text(k)))];

        (int wrong, int hits) = CacheRace.Run(k => cache.Find(bytes[k]), (k, iri) => cache.Add(bytes[k], iri));

        Assert.AreEqual(0, wrong);
        Assert.IsGreaterThan(0, hits);
    }
}
