using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Testing;

/// <summary>One entry of a W3C test manifest (see tests/w3c/ABOUT.md).</summary>
internal sealed record W3cTestEntry(
    string Suite,
    Iri Id,
    Iri Type,
    string Name,
    Term? Action,
    Term? Result,
    string ManifestPath,
    Iri? AssumedTestBase,
    Graph Manifest)
{
    /// <summary>A short readable name: the fragment or last path part of the id.</summary>
    public string ShortName
    {
        get
        {
            string v = Id.Value;
            int cut = Math.Max(v.LastIndexOf('#'), v.LastIndexOf('/'));
            return cut >= 0 && cut < v.Length - 1 ? v[(cut + 1)..] : v;
        }
    }

    /// <summary>A value of the entry (or of its action node) for a predicate.</summary>
    public Term? Property(Term node, Iri predicate) => Manifest.Match(node, predicate).Select(t => t.Object).FirstOrDefault();

    public override string ToString() => $"{Suite}: {ShortName}";
}

/// <summary>Reads W3C manifests: only entries listed in <c>mf:entries</c>, following <c>mf:include</c>.</summary>
internal static class W3cManifest
{
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";

    public static readonly Iri Entries = Iri.Parse(Mf + "entries");
    public static readonly Iri Include = Iri.Parse(Mf + "include");
    public static readonly Iri Name = Iri.Parse(Mf + "name");
    public static readonly Iri Action = Iri.Parse(Mf + "action");
    public static readonly Iri Result = Iri.Parse(Mf + "result");
    public static readonly Iri AssumedTestBase = Iri.Parse(Mf + "assumedTestBase");

    public static IEnumerable<W3cTestEntry> Load(string manifestPath, string suite)
    {
        string full = Path.GetFullPath(manifestPath);
        Iri baseIri = FileIri(full);
        var graph = new Graph();
        using (FileStream s = File.OpenRead(full))
        {
            foreach (Quad q in new TurtleParser(RdfParserOptions.Default with { BaseIri = baseIri, SourceName = full }).Parse(s))
            {
                graph.Add(q.Triple);
            }
        }

        Iri? assumed = graph.Match(null, AssumedTestBase).Select(t => t.Object).OfType<Iri>().FirstOrDefault();
        foreach (Triple include in graph.Match(null, Include))
        {
            foreach (Term m in ReadList(graph, include.Object))
            {
                foreach (W3cTestEntry e in Load(LocalPath((Iri)m), suite))
                {
                    yield return e;
                }
            }
        }

        foreach (Triple entries in graph.Match(null, Entries))
        {
            foreach (Term id in ReadList(graph, entries.Object))
            {
                var type = graph.Match(id, Vocabulary.Rdf.Type).Select(t => t.Object).OfType<Iri>().First();
                string name = graph.Match(id, Name).Select(t => t.Object).OfType<Literal>().FirstOrDefault()?.LexicalForm ?? id.ToString();
                Term? action = graph.Match(id, Action).Select(t => t.Object).FirstOrDefault();
                Term? result = graph.Match(id, Result).Select(t => t.Object).FirstOrDefault();
                yield return new W3cTestEntry(suite, (Iri)id, type, name, action, result, full, assumed, graph);
            }
        }
    }

    public static IEnumerable<Term> ReadList(Graph graph, Term head)
    {
        Term node = head;
        while (!node.Equals(Vocabulary.Rdf.Nil))
        {
            Term? first = graph.Match(node, Vocabulary.Rdf.First).Select(t => t.Object).FirstOrDefault();
            if (first is null)
            {
                yield break;
            }

            yield return first;
            node = graph.Match(node, Vocabulary.Rdf.Rest).Select(t => t.Object).First();
        }
    }

    public static Iri FileIri(string path) =>
        Iri.Parse("file://" + string.Join('/', Path.GetFullPath(path).Split('/').Select(Uri.EscapeDataString)));

    public static string LocalPath(Iri fileIri)
    {
        if (!fileIri.Value.StartsWith("file://", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Not a file IRI: {fileIri}");
        }

        return Uri.UnescapeDataString(fileIri.Value["file://".Length..]);
    }

    /// <summary>The base IRI a test's input is parsed with: the assumed test base when the manifest names one.</summary>
    public static Iri BaseFor(W3cTestEntry entry, Iri fileIri)
    {
        if (entry.AssumedTestBase is null)
        {
            return fileIri;
        }

        string relative = Path.GetRelativePath(Path.GetDirectoryName(entry.ManifestPath)!, LocalPath(fileIri)).Replace('\\', '/');
        return entry.AssumedTestBase.Resolve(relative);
    }
}
