using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Sparql.Tests.Update;

[TestClass]
public sealed class SparqlUpdateExecutorTests
{
    private const string Prefix = "PREFIX : <http://e/> ";
    private static readonly Iri G = Iri.Parse("http://e/g");
    private static readonly Iri H = Iri.Parse("http://e/h");

    public TestContext TestContext { get; set; } = null!;

    private static void Run(IQuadStore store, string request, SparqlUpdateOptions? options = null, CancellationToken cancellationToken = default) =>
        new SparqlUpdateExecutor(options).Execute(SparqlParser.ParseUpdate(Prefix + request), store, cancellationToken);

    /// <summary>The store as sorted N-Quads-like lines, blank nodes shown as _:.</summary>
    private static List<string> Dump(IQuadStore store)
    {
        using IQuadSnapshot s = store.OpenSnapshot();
        return s.Match(TermIds.Any, TermIds.Any, TermIds.Any, TermIds.Any)
            .Select(q => string.Join(' ', new[] { q.Subject, q.Predicate, q.Object, q.Graph }
                .Select(id => id == TermIds.DefaultGraph ? "" : s.GetTerm(id) is BlankNode ? "_:" : s.GetTerm(id).ToString()).Where(x => x.Length > 0)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static List<Term> NamedGraphs(IQuadStore store)
    {
        using IQuadSnapshot s = store.OpenSnapshot();
        return s.NamedGraphs().Select(s.GetTerm).ToList();
    }

    [TestMethod]
    public void DeleteInsertEvaluatesWhereBeforeChanging()
    {
        using var store = new MemoryQuadStore();
        Run(store, "INSERT DATA { :a :next :b . :b :next :c }");
        // Reverse every edge in one operation: the WHERE solutions come from the state before it.
        Run(store, "DELETE { ?x :next ?y } INSERT { ?y :next ?x } WHERE { ?x :next ?y }");
        CollectionAssert.AreEqual(
            new[] { "<http://e/b> <http://e/next> <http://e/a>", "<http://e/c> <http://e/next> <http://e/b>" },
            Dump(store));
    }

    [TestMethod]
    public void LaterOperationsSeeEarlierOnesOfTheSameRequest()
    {
        using var store = new MemoryQuadStore();
        Run(store, "INSERT DATA { :a :p 1 } ; INSERT { ?s :q ?o } WHERE { ?s :p ?o } ; DELETE WHERE { ?s :p ?o }");
        CollectionAssert.AreEqual(new[] { "<http://e/a> <http://e/q> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer>" }, Dump(store));
    }

    [TestMethod]
    public void AFailingOperationRollsBackTheWholeRequest()
    {
        using var store = new MemoryQuadStore();
        Run(store, "CREATE GRAPH :g");
        SparqlUpdateException e = Assert.ThrowsExactly<SparqlUpdateException>(() =>
            Run(store, "INSERT DATA { :a :p :b } ;\n  CREATE GRAPH :g"));
        Assert.AreEqual((2, 3), (e.Line, e.Column));
        StringAssert.Contains(e.Message, "already exists");
        Assert.IsEmpty(Dump(store));
        CollectionAssert.AreEqual(new Term[] { G }, NamedGraphs(store));
    }

    [TestMethod]
    public void FailuresOnRocksDbChangeNothingEither()
    {
        string dir = Path.Combine(Path.GetTempPath(), "kg-update-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (RocksDbQuadStore store = RocksDbQuadStore.Open(dir, QuadStoreOptions.Default with { SyncCommits = false }))
            {
                Run(store, "INSERT DATA { :a :p :b }");
                Assert.ThrowsExactly<SparqlUpdateException>(() => Run(store, "DELETE DATA { :a :p :b } ; DROP GRAPH :missing"));
            }

            using RocksDbQuadStore reopened = RocksDbQuadStore.Open(dir, QuadStoreOptions.Default);
            CollectionAssert.AreEqual(new[] { "<http://e/a> <http://e/p> <http://e/b>" }, Dump(reopened));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [TestMethod]
    public void CancellationChangesNothing()
    {
        using var store = new MemoryQuadStore();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsExactly<OperationCanceledException>(() => Run(store, "INSERT DATA { :a :p :b }", cancellationToken: cts.Token));
        Assert.IsEmpty(Dump(store));
    }

    [TestMethod]
    public void TimeoutStopsALongWhereAndChangesNothing()
    {
        using var store = new MemoryQuadStore();
        Run(store, "INSERT DATA { " + string.Join(" ", Enumerable.Range(0, 300).Select(i => $":n{i} :p :n{i + 1} .")) + " }");
        int before = Dump(store).Count;
        Assert.ThrowsExactly<OperationCanceledException>(() => Run(
            store,
            "INSERT { ?a :q ?d } WHERE { ?a :p* ?b . ?b :p* ?c . ?c :p* ?d }",
            SparqlUpdateOptions.Default with { Timeout = TimeSpan.FromMilliseconds(200) }));
        Assert.HasCount(before, Dump(store));
    }

    [TestMethod]
    public void NonRdfTriplesFailInInsertDataAndAreLeftOutOfTemplates()
    {
        using var store = new MemoryQuadStore();
        SparqlUpdateException e = Assert.ThrowsExactly<SparqlUpdateException>(() => Run(store, "INSERT DATA { :a :p 1 . \"x\" :p 2 }"));
        StringAssert.Contains(e.Message, "is not an RDF triple");
        Run(store, "DELETE DATA { \"x\" :p 2 } ; INSERT DATA { :a :p \"lit\" } ; INSERT { ?o :p ?s . ?s ?o 1 } WHERE { ?s :p ?o }");
        CollectionAssert.AreEqual(new[] { "<http://e/a> <http://e/p> \"lit\"" }, Dump(store));
    }

    [TestMethod]
    public void InsertTemplateBlankNodesAreFreshPerSolution()
    {
        using var store = new MemoryQuadStore();
        Run(store, "INSERT DATA { :a :p 1 . :b :p 2 } ; INSERT { ?s :has [ :value ?o ] } WHERE { ?s :p ?o }");
        using IQuadSnapshot s = store.OpenSnapshot();
        Assert.IsTrue(s.TryGetId(Iri.Parse("http://e/has"), out long has));
        var objects = s.Match(TermIds.Any, has, TermIds.Any, TermIds.DefaultGraph).Select(q => q.Object).ToList();
        Assert.HasCount(2, objects);
        Assert.AreNotEqual(objects[0], objects[1]);
    }

    [TestMethod]
    public void InsertDataBlankNodesAreFreshPerOperationButSharedWithinIt()
    {
        using var store = new MemoryQuadStore();
        Run(store, "INSERT DATA { _:x :p 1 . _:x :p 2 }");
        Run(store, "INSERT DATA { _:x :p 3 }");
        using IQuadSnapshot s = store.OpenSnapshot();
        Assert.IsTrue(s.TryGetId(Iri.Parse("http://e/p"), out long p));
        Assert.HasCount(2, s.Match(TermIds.Any, p, TermIds.Any, TermIds.DefaultGraph).Select(q => q.Subject).Distinct().ToList());
    }

    [TestMethod]
    public void WithAppliesToTemplatesAndWhereButNotToGraphClauses()
    {
        using var store = new MemoryQuadStore();
        Run(store, "INSERT DATA { GRAPH :g { :a :p 1 } GRAPH :h { :a :p 2 } :a :p 3 }");
        Run(store, "WITH :g DELETE { ?s :p ?o } INSERT { ?s :q ?o . GRAPH :h { ?s :r ?o2 } } WHERE { ?s :p ?o GRAPH :h { ?s :p ?o2 } }");
        CollectionAssert.AreEqual(
            new[]
            {
                "<http://e/a> <http://e/p> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://e/h>",
                "<http://e/a> <http://e/p> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer>",
                "<http://e/a> <http://e/q> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://e/g>",
                "<http://e/a> <http://e/r> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://e/h>",
            },
            Dump(store));
    }

    [TestMethod]
    public void UsingReplacesTheDatasetOfTheWhereClause()
    {
        using var store = new MemoryQuadStore();
        Run(store, "INSERT DATA { GRAPH :g { :a :p 1 } GRAPH :h { :b :p 2 } :c :p 3 }");
        Run(store, "INSERT { ?s :seen true } USING :g WHERE { ?s :p ?o }");
        Run(store, "INSERT { ?s :named true } USING NAMED :h WHERE { { ?s :p ?o } UNION { GRAPH ?g { ?s :p ?o } } }");
        List<string> dump = Dump(store);
        CollectionAssert.Contains(dump, "<http://e/a> <http://e/seen> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>");
        CollectionAssert.Contains(dump, "<http://e/b> <http://e/named> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>");
        Assert.HasCount(5, dump);
    }

    [TestMethod]
    public void ClearKeepsGraphsDropRemovesThem()
    {
        using var store = new MemoryQuadStore();
        Run(store, "INSERT DATA { GRAPH :g { :a :p 1 } GRAPH :h { :a :p 2 } :a :p 3 }");
        Run(store, "CLEAR GRAPH :g");
        CollectionAssert.AreEquivalent(new Term[] { G, H }, NamedGraphs(store));
        Assert.HasCount(2, Dump(store));
        Run(store, "DROP GRAPH :g ; CLEAR DEFAULT");
        CollectionAssert.AreEqual(new Term[] { H }, NamedGraphs(store));
        Assert.HasCount(1, Dump(store));
        Run(store, "DROP ALL");
        Assert.IsEmpty(NamedGraphs(store));
        Assert.IsEmpty(Dump(store));
    }

    [TestMethod]
    [DataRow("DROP GRAPH :nothing", "does not exist")]
    [DataRow("CLEAR GRAPH :nothing", "does not exist")]
    [DataRow("COPY :nothing TO :g", "source graph does not exist")]
    [DataRow("CREATE GRAPH :g", "already exists")]
    [DataRow("LOAD <file:///nonexistent/kg-update-test.ttl>", "LOAD")]
    [DataRow("LOAD <http://example.org/remote.ttl>", "remote LOAD is not enabled")]
    [DataRow("LOAD <urn:x-kg:doc>", "cannot load IRIs of the scheme 'urn:'")]
    public void FailuresAreErrorsUnlessSilent(string request, string message)
    {
        using var store = new MemoryQuadStore();
        Run(store, "INSERT DATA { GRAPH :g { :a :p 1 } }");
        SparqlUpdateException e = Assert.ThrowsExactly<SparqlUpdateException>(() => Run(store, request));
        StringAssert.Contains(e.Message, message);
        string silent = request.Insert(request.IndexOf(' ', StringComparison.Ordinal), " SILENT");
        Run(store, silent);
        CollectionAssert.AreEqual(new[] { "<http://e/a> <http://e/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://e/g>" }, Dump(store));
    }

    [TestMethod]
    [DataRow("ADD")]
    [DataRow("COPY")]
    [DataRow("MOVE")]
    public void SameSourceAndTargetIsNoOperation(string verb)
    {
        using var store = new MemoryQuadStore();
        Run(store, "INSERT DATA { GRAPH :g { :a :p 1 } :b :p 2 }");
        Run(store, $"{verb} :g TO GRAPH :g ; {verb} DEFAULT TO DEFAULT");
        Assert.HasCount(2, Dump(store));
    }

    [TestMethod]
    public void CopyReplacesMoveRemovesAddMerges()
    {
        using var store = new MemoryQuadStore();
        Run(store, "INSERT DATA { GRAPH :g { :a :p 1 } GRAPH :h { :old :p 0 } :d :p 2 }");
        Run(store, "COPY :g TO :h");
        CollectionAssert.Contains(Dump(store), "<http://e/a> <http://e/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://e/h>");
        Assert.HasCount(3, Dump(store));
        Run(store, "ADD DEFAULT TO :h");
        Assert.HasCount(4, Dump(store));
        Run(store, "MOVE :h TO DEFAULT");
        CollectionAssert.AreEqual(new Term[] { G }, NamedGraphs(store));
        Assert.HasCount(3, Dump(store));
    }

    [TestMethod]
    public void LoadReadsLocalFilesIntoAGraph()
    {
        string file = Path.Combine(Path.GetTempPath(), "kg-update-load-" + Guid.NewGuid().ToString("N") + ".ttl");
        File.WriteAllText(file, "@prefix : <http://e/> . :a :p :b . <rel> :p [ :q 1 ] .");
        try
        {
            using var store = new MemoryQuadStore();
            Iri doc = FileIris.FromPath(file);
            new SparqlUpdateExecutor().Execute(SparqlParser.ParseUpdate($"LOAD <{doc.Value}> INTO GRAPH <http://e/g>"), store, TestContext.CancellationToken);
            List<string> dump = Dump(store);
            Assert.HasCount(3, dump);
            CollectionAssert.Contains(dump, $"{doc.Resolve("rel")} <http://e/p> _: <http://e/g>");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    public void ABrokenDocumentIsAFailureAndLoadsNothing()
    {
        string file = Path.Combine(Path.GetTempPath(), "kg-update-load-" + Guid.NewGuid().ToString("N") + ".nt");
        File.WriteAllText(file, "<http://e/a> <http://e/p> <http://e/b> .\n<http://e/a> <http://e/p> .\n");
        try
        {
            using var store = new MemoryQuadStore();
            string request = $"LOAD <{FileIris.FromPath(file).Value}>";
            SparqlUpdateException e = Assert.ThrowsExactly<SparqlUpdateException>(() =>
                new SparqlUpdateExecutor().Execute(SparqlParser.ParseUpdate(request), store, TestContext.CancellationToken));
            StringAssert.Contains(e.Message, ":2:");
            new SparqlUpdateExecutor().Execute(SparqlParser.ParseUpdate(request.Replace("LOAD", "LOAD SILENT", StringComparison.Ordinal)), store, TestContext.CancellationToken);
            Assert.IsEmpty(Dump(store));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
