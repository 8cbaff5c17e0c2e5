using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Reading;

namespace KnowledgeGraph.Rdf.Formats.Tests.Reading;

[TestClass]
public sealed class TermCacheTests
{
    [TestMethod]
    public void FindsWhatWasAddedUnderTheSameBytesOnly()
    {
        var cache = new TermCache<char, Iri>(slotBits: 4);
        var iri = Iri.Parse("http://example.org/a");
        cache.Add("http://example.org/a".AsMemory(), iri);

        Assert.AreSame(iri, cache.Find("http://example.org/a"));
        Assert.IsNull(cache.Find("http://example.org/b"));
        Assert.IsNull(cache.Find("http://example.org/a/"));
    }

    [TestMethod]
    public void ACollisionReplacesTheSlotAndNeverAnswersForTheOtherKey()
    {
        // One slot: every key collides.
        var cache = new TermCache<char, Iri>(slotBits: 1);
        var keys = Enumerable.Range(0, 16).Select(i => $"http://example.org/{i}").ToArray();
        foreach (string key in keys)
        {
            cache.Add(key.AsMemory(), Iri.Parse(key));
        }

        foreach (string key in keys)
        {
            Iri? found = cache.Find(key);
            Assert.IsTrue(found is null || found.Value == key, $"{key} answered with {found}");
        }
    }

    [TestMethod]
    public void ThreadsSharingACacheSeeOnlyTheTermOfTheirOwnKey()
    {
        // The parts of a Turtle document share one cache: a lookup racing a replacement must find the old entry or the new
        // one, never the key of one with the term of the other.
        var cache = new TermCache<char, Iri>(slotBits: 6);
        ReadOnlyMemory<char>[] written = [.. Enumerable.Range(0, CacheRace.Keys).Select(k => CacheRace.Text(k).AsMemory())];

        (int wrong, int hits) = CacheRace.Run(k => cache.Find(written[k].Span), (k, iri) => cache.Add(written[k], iri));

        Assert.AreEqual(0, wrong);
        Assert.IsGreaterThan(0, hits);
    }

    [TestMethod]
    public void CharacterKeysWorkLikeByteKeys()
    {
        var cache = new TermCache<char, Iri>(slotBits: 4);
        var iri = Iri.Parse("http://example.org/ns#thing");
        cache.Add("ex:thing".AsMemory(), iri);

        Assert.AreSame(iri, cache.Find("ex:thing".AsSpan()));
        Assert.IsNull(cache.Find("ex:thinG".AsSpan()));
        Assert.IsNull(cache.Find("ex:thin".AsSpan()));
    }
}
