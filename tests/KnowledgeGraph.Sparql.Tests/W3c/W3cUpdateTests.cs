using KnowledgeGraph.Testing;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql.Tests.W3c;

/// <summary>
/// The W3C SPARQL 1.1 Update suites (manifest-sparql11-update.ttl): syntax tests once, evaluation tests once per
/// store implementation (in memory, and RocksDB in a temporary directory). Result datasets are compared graph by graph
/// up to blank node renaming; named graphs are matched by their rdfs:label.
/// </summary>
[TestClass]
public sealed class W3cUpdateTests
{
    private static readonly Lazy<Dictionary<string, W3cUpdateTestCase>> s_cases = new(() =>
        W3cUpdateManifest.Load(System.IO.Path.Combine(W3cLocations.Root, "sparql", "sparql11", "manifest-sparql11-update.ttl"))
            .ToDictionary(c => c.Id, StringComparer.Ordinal));


    public TestContext TestContext { get; set; } = null!;

    public static IEnumerable<object[]> SyntaxCases => Keys(syntax: true);

    public static IEnumerable<object[]> EvaluationCases => Keys(syntax: false);

    private static IEnumerable<object[]> Keys(bool syntax) =>
        s_cases.Value.Values.Where(c => c.IsSyntaxTest == syntax).Select(c => c.Id).Order(StringComparer.Ordinal).Select(k => new object[] { k });

    [TestMethod]
    [DynamicData(nameof(SyntaxCases))]
    public void Syntax(string id) => Run(id, "syntax", Syntax);

    [TestMethod]
    [DynamicData(nameof(EvaluationCases))]
    public void OnMemoryStore(string id) => Run(id, "memory", test =>
    {
        using var store = new MemoryQuadStore();
        Evaluate(test, store);
    });

    [TestMethod]
    [DynamicData(nameof(EvaluationCases))]
    public void OnRocksDbStore(string id) => Run(id, "rocksdb", test =>
    {
        string dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-w3c-update-" + Guid.NewGuid().ToString("N"));
        try
        {
            using RocksDbQuadStore store = RocksDbQuadStore.Open(dir, QuadStoreOptions.Default with { SyncCommits = false });
            Evaluate(test, store);
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    });

    private static void Run(string id, string mode, Action<W3cUpdateTestCase> execute)
    {
        W3cUpdateTestCase test = s_cases.Value[id];
        ConformanceReport.Run($"update/{test.Suite} ({mode})", () => execute(test));
    }

    private static void Syntax(W3cUpdateTestCase test)
    {
        string text = File.ReadAllText(test.RequestFile);
        Iri baseIri = W3cLocations.ToIri(test.RequestFile);
        if (test.IsNegative)
        {
            Assert.ThrowsExactly<SparqlSyntaxException>(() => SparqlParser.ParseUpdate(text, baseIri), "The request should be rejected:\n" + text);
            return;
        }

        SparqlUpdate update = SparqlParser.ParseUpdate(text, baseIri);
        Assert.IsFalse(string.IsNullOrEmpty(update.ToSse()));
    }

    private void Evaluate(W3cUpdateTestCase test, IQuadStore store)
    {
        using (IQuadTransaction tx = store.BeginTransaction())
        {
            foreach (string file in test.Data)
            {
                foreach (Triple t in ReadTriples(file))
                {
                    tx.Add(new Quad(t));
                }
            }

            foreach ((string name, string file) in test.GraphData)
            {
                Iri graph = Iri.Parse(name);
                tx.CreateGraph(graph);
                foreach (Triple t in ReadTriples(file))
                {
                    tx.Add(new Quad(t, graph));
                }
            }

            tx.Commit();
        }

        string text = File.ReadAllText(test.RequestFile);
        SparqlUpdate update = SparqlParser.ParseUpdate(text, W3cLocations.ToIri(test.RequestFile));
        new SparqlUpdateExecutor(SparqlUpdateOptions.Default with { Timeout = TimeSpan.FromSeconds(60) })
            .Execute(update, store, TestContext.CancellationToken);

        var expected = new Dictionary<string, List<Triple>>(StringComparer.Ordinal) { [""] = test.ResultData.SelectMany(ReadTriples).ToList() };
        foreach ((string name, string file) in test.ResultGraphData)
        {
            expected[name] = [.. expected.GetValueOrDefault(name) ?? [], .. ReadTriples(file)];
        }

        Dictionary<string, List<Triple>> actual = Graphs(store);
        string request = "\nRequest:\n" + text + "\nSSE:\n" + update.ToSse();
        foreach (string name in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            List<Triple> want = expected.GetValueOrDefault(name) ?? [];
            List<Triple> got = actual.GetValueOrDefault(name) ?? [];
            string label = name.Length == 0 ? "the default graph" : "graph <" + name + ">";
            Assert.IsTrue(
                Isomorphism.AreIsomorphic(want.Select(t => new Quad(t)), got.Select(t => new Quad(t))),
                $"{label} differs.\nExpected:\n{string.Join('\n', want)}\nActual:\n{string.Join('\n', got)}{request}");
        }
    }

    private static Dictionary<string, List<Triple>> Graphs(IQuadStore store)
    {
        using IQuadSnapshot snapshot = store.OpenSnapshot();
        var graphs = new Dictionary<string, List<Triple>>(StringComparer.Ordinal);
        foreach (EncodedQuad q in snapshot.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any))
        {
            string name = q.Graph == TermIds.DefaultGraph ? "" : ((Iri)snapshot.GetTerm(q.Graph)).Value;
            if (!graphs.TryGetValue(name, out List<Triple>? triples))
            {
                graphs[name] = triples = [];
            }

            triples.Add(new Triple(snapshot.GetTerm(q.Subject), (Iri)snapshot.GetTerm(q.Predicate), snapshot.GetTerm(q.Object)));
        }

        return graphs;
    }

    private static List<Triple> ReadTriples(string file)
    {
        if (!RdfFormats.TryFindByExtension(file, out RdfFormat? format))
        {
            Assert.Inconclusive("No parser for data file " + System.IO.Path.GetFileName(file));
        }

        RdfParser parser = format.CreateParser(new RdfParserOptions { BaseIri = W3cLocations.ToIri(file), SourceName = file });
        using FileStream f = File.OpenRead(file);
        return parser.Parse(f).Select(q => q.Triple).ToList();
    }
}
