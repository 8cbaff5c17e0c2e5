namespace KnowledgeGraph.Rdf.Tests;

[TestClass]
public sealed class IriTests
{
    private static readonly Iri Base = Iri.Parse("http://a/b/c/d;p?q");

    // RFC 3986 §5.4.1 normal examples and §5.4.2 abnormal examples.
    [TestMethod]
    [DataRow("g:h", "g:h")]
    [DataRow("g", "http://a/b/c/g")]
    [DataRow("./g", "http://a/b/c/g")]
    [DataRow("g/", "http://a/b/c/g/")]
    [DataRow("/g", "http://a/g")]
    [DataRow("//g", "http://g")]
    [DataRow("?y", "http://a/b/c/d;p?y")]
    [DataRow("g?y", "http://a/b/c/g?y")]
    [DataRow("#s", "http://a/b/c/d;p?q#s")]
    [DataRow("g#s", "http://a/b/c/g#s")]
    [DataRow("g?y#s", "http://a/b/c/g?y#s")]
    [DataRow(";x", "http://a/b/c/;x")]
    [DataRow("g;x", "http://a/b/c/g;x")]
    [DataRow("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [DataRow("", "http://a/b/c/d;p?q")]
    [DataRow(".", "http://a/b/c/")]
    [DataRow("./", "http://a/b/c/")]
    [DataRow("..", "http://a/b/")]
    [DataRow("../", "http://a/b/")]
    [DataRow("../g", "http://a/b/g")]
    [DataRow("../..", "http://a/")]
    [DataRow("../../", "http://a/")]
    [DataRow("../../g", "http://a/g")]
    [DataRow("../../../g", "http://a/g")]
    [DataRow("../../../../g", "http://a/g")]
    [DataRow("/./g", "http://a/g")]
    [DataRow("/../g", "http://a/g")]
    [DataRow("g.", "http://a/b/c/g.")]
    [DataRow(".g", "http://a/b/c/.g")]
    [DataRow("g..", "http://a/b/c/g..")]
    [DataRow("..g", "http://a/b/c/..g")]
    [DataRow("./../g", "http://a/b/g")]
    [DataRow("./g/.", "http://a/b/c/g/")]
    [DataRow("g/./h", "http://a/b/c/g/h")]
    [DataRow("g/../h", "http://a/b/c/h")]
    [DataRow("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [DataRow("g;x=1/../y", "http://a/b/c/y")]
    [DataRow("g?y/./x", "http://a/b/c/g?y/./x")]
    [DataRow("g?y/../x", "http://a/b/c/g?y/../x")]
    [DataRow("g#s/./x", "http://a/b/c/g#s/./x")]
    [DataRow("g#s/../x", "http://a/b/c/g#s/../x")]
    [DataRow("http:g", "http:g")]
    public void ResolvesReferencesAsRfc3986Section54Says(string reference, string expected) =>
        Assert.AreEqual(expected, Base.Resolve(reference).Value);

    [TestMethod]
    [DataRow("http://example.org/a b")]
    [DataRow("http://example.org/a<b")]
    [DataRow("relative/path")]
    [DataRow("http://example.org/%zz")]
    [DataRow("http://example.org:80a/")]
    [DataRow("")]
    [DataRow("http://exa mple.org/")]
    [DataRow("http://example.org/a#b#c")]
    [DataRow("http://example.org/a?b#c d")]
    [DataRow("http://example.org/a?b\u007Fc")]
    [DataRow("http://example.org/long/plain/path/then/a/bad/percent/%4")]
    [DataRow("http://example.org/x\uE000")]
    [DataRow("http://ex%2.org/")]
    [DataRow("http://example.org/\uD800")]
    [DataRow("http://example.org/a{b}")]
    public void RejectsInvalidIris(string text)
    {
        Assert.IsFalse(Iri.TryParse(text, out _));
        FormatException e = Assert.ThrowsExactly<FormatException>(() => Iri.Parse(text));
        StringAssert.Contains(e.Message, "Invalid IRI");
    }

    [TestMethod]
    [DataRow("http://example.org/résumé")]
    [DataRow("urn:isbn:0451450523")]
    [DataRow("http://[::1]:8080/x?y=1#z")]
    [DataRow("http://user:pw@example.org/")]
    [DataRow("mailto:someone@example.org")]
    [DataRow("http://ex%41mple.org/p%20q?r%2Fs=t&u=v;w#x/y?z")]
    [DataRow("http://example.org/a?b\uE000")]
    [DataRow("http://bücher.example/straße/😀?q=ä#ü")]
    [DataRow("tag:example.org,2026:!$&'()*+,;=-._~@:/")]
    public void AcceptsValidIris(string text) => Assert.AreEqual(text, Iri.Parse(text).Value);

    [TestMethod]
    public void KeepsIrisExactlyAsWritten()
    {
        // System.Uri would lower-case the host and decode %7E; RDF compares characters.
        Iri iri = Iri.Parse("HTTP://Example.ORG/%7Euser");
        Assert.AreEqual("HTTP://Example.ORG/%7Euser", iri.Value);
        Assert.AreNotEqual(Iri.Parse("http://example.org/~user"), iri);
    }
}
