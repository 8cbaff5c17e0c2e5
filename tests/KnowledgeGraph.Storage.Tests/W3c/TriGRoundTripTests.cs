using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.TriG;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Tests.W3c;

/// <summary>
/// What <c>kg load</c> then <c>kg export</c> do, over every W3C TriG evaluation input: bulk-load into a RocksDB store, read
/// every quad back, and compare with the parsed input by dataset isomorphism (issue 4's round-trip acceptance).
/// </summary>
[TestClass]
public sealed class TriGRoundTripTests
{
    public static IEnumerable<object[]> Inputs =>
        W3cManifest.Load(Path.Combine(RepositoryPaths.W3c, "rdf/rdf11/rdf-trig/manifest.ttl"), "trig")
            .Where(e => e.Type.Value.EndsWith("#TestTrigEval", StringComparison.Ordinal))
            .Select(e => new object[] { W3cManifest.LocalPath((Iri)e.Action!), W3cManifest.BaseFor(e, (Iri)e.Action!).Value });

    [TestMethod]
    [DynamicData(nameof(Inputs))]
    public void LoadThenExportGivesAnIsomorphicDataset(string path, string baseIri)
    {
        List<Quad> input;
        using (FileStream s = File.OpenRead(path))
        {
            input = [.. new TriGParser(RdfParserOptions.Default with { BaseIri = Iri.Parse(baseIri) }).Parse(s)];
        }

        string dir = Path.Combine(Path.GetTempPath(), "kg-trig-roundtrip-" + Guid.NewGuid().ToString("N"));
        try
        {
            List<Quad> exported;
            using (RocksDbQuadStore store = RocksDbQuadStore.Open(dir, QuadStoreOptions.Default with { SyncCommits = false }))
            {
                new QuadStoreLoader(store) { BatchSize = 7 }.Load(input);
                using IQuadSnapshot snapshot = store.OpenSnapshot();
                exported = [.. snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any).Select(snapshot.Decode)];
            }

            Assert.IsTrue(Isomorphism.AreIsomorphic(exported, input), $"{Path.GetFileName(path)}: the stored dataset differs from the input");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
