using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Linking.Import;
using KnowledgeGraph.Linking.Store;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Linking.Tests.Store;

/// <summary>Issue 7's acceptance: the seed article, ingested into a fresh store with the default offline base.</summary>
[TestClass]
public sealed class SeedAcceptanceTests
{
    private const string Prefixes = """
        PREFIX kgo: <https://w3id.org/knowledge-graph/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        PREFIX wd: <http://www.wikidata.org/entity/>

        """;

    private static MemoryQuadStore IngestSeed(out StoreLinkSummary summary, bool importBase = true)
    {
        var store = new MemoryQuadStore(new QuadStoreOptions { UnionDefaultGraph = true });
        ArticleInput article = ArticleReader.ReadFile(Path.Combine(RepositoryPaths.Shared, "seed", "kelly-mexiko.de.json"))[0];
        IngestionResult result = new ArticleIngestor().Ingest(article);
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            foreach (Quad q in result.Quads)
                tx.Add(q);
            tx.Commit();
        }
        if (importBase)
            new WikidataImporter().ImportDefaultBase(store);
        using EntityLinker linker = StoreLinker.CreateLinker(store);
        summary = new StoreLinker(store, linker).LinkAll();
        return store;
    }

    private static bool Ask(IQuadStore store, string body)
    {
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        return new SparqlEvaluator().Evaluate(SparqlParser.ParseQuery(Prefixes + body), snapshot).Boolean;
    }

    [TestMethod]
    [DataRow("Donald Trump", "Q22686")]
    [DataRow("Luis Videgaray", "Q11689894")]
    public void PersonsInTheVerifiedBaseAreLinked(string name, string qid)
    {
        using MemoryQuadStore store = IngestSeed(out _);
        Assert.IsTrue(Ask(store, $$"""
            ASK { ?p a kgo:Person ; rdfs:label ?n ; owl:sameAs wd:{{qid}} . FILTER(STRSTARTS(STR(?n), "{{name}}"))
                  ?l a kgo:EntityLink ; kgo:linkedEntity ?p ; kgo:linkTarget wd:{{qid}} ; kgo:confidence ?c ; kgo:linkingMethod kgo:OfflineLinking .
                  FILTER(?c >= 0.5) }
            """), $"{name} is not linked to {qid}");
    }

    [TestMethod]
    [DataRow("Q642859")]
    [DataRow("Q14213")]
    [DataRow("Q11696")]
    [DataRow("Q1489")]
    public void OfficesAndPlacesAreLinked(string qid)
    {
        using MemoryQuadStore store = IngestSeed(out _);
        Assert.IsTrue(Ask(store, $$"""ASK { ?o owl:sameAs wd:{{qid}} . ?l kgo:linkedEntity ?o ; kgo:linkTarget wd:{{qid}} }"""), $"nothing is linked to {qid}");
    }

    [TestMethod]
    [DataRow("Kelly")]
    [DataRow("Tillerson")]
    public void PersonsOutsideTheBaseStayUnlinked(string surname)
    {
        using MemoryQuadStore store = IngestSeed(out _);
        Assert.IsTrue(Ask(store, $$"""
            ASK { ?p a kgo:Person ; rdfs:label ?n . FILTER(CONTAINS(STR(?n), "{{surname}}"))
                  ?l kgo:linkedEntity ?p ; kgo:explanation ?why . FILTER NOT EXISTS { ?l kgo:linkTarget ?any } }
            """), $"{surname} has no NIL decision");
        Assert.IsFalse(Ask(store, $$"""
            ASK { ?p rdfs:label ?n ; owl:sameAs ?q . FILTER(CONTAINS(STR(?n), "{{surname}}")) }
            """), $"{surname} was linked");
    }

    [TestMethod]
    public void ExplanationForKellySaysWhy()
    {
        using MemoryQuadStore store = IngestSeed(out _);
        using EntityLinker linker = StoreLinker.CreateLinker(store);
        LinkExplanation e = new StoreLinker(store, linker).Explain("Kelly");
        string text = e.ToString();
        Assert.IsNull(e.Qid, text);
        StringAssert.Contains(text, "John Kelly", text);
        // The namesakes in the base are shown and ruled out by first name.
        StringAssert.Contains(text, "Mark Kelly", text);
        StringAssert.Contains(text, "first name \"john\" ≠ \"mark\"", text);
        // The office the article gives him, and who the base says held it.
        StringAssert.Contains(text, "Q642859", text);
        StringAssert.Contains(text, "Tom Ridge", text);
    }

    [TestMethod]
    public void WithoutAnImportedBaseTheShippedBaseIsUsed()
    {
        using MemoryQuadStore store = IngestSeed(out StoreLinkSummary summary, importBase: false);
        Assert.AreEqual(1, summary.Articles);
        Assert.IsTrue(Ask(store, "ASK { ?p owl:sameAs wd:Q22686 }"));
    }

    [TestMethod]
    public void RelinkingReplacesEarlierLinks()
    {
        using MemoryQuadStore store = IngestSeed(out StoreLinkSummary first);
        using EntityLinker linker = StoreLinker.CreateLinker(store);
        long before = store.OpenSnapshot().QuadCount;
        StoreLinkSummary second = new StoreLinker(store, linker).LinkAll();
        Assert.AreEqual(first, second);
        Assert.AreEqual(before, store.OpenSnapshot().QuadCount);
    }
}
