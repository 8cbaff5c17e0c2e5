using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.Turtle;

namespace KnowledgeGraph.Sparql.Tests.W3c;

/// <summary>
/// Reads the SPARQL 1.1 Update manifests (manifest-sparql11-update.ttl and the manifests it includes): mf:entries
/// with ut:request, ut:data and ut:graphData (ut:graph + rdfs:label) in mf:action and mf:result.
/// </summary>
public static class W3cUpdateManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string RdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";

    public static List<W3cUpdateTestCase> Load(string manifestPath)
    {
        var result = new List<W3cUpdateTestCase>();
        Load(manifestPath, null, result, []);
        return result;
    }

    private static void Load(string path, string? suite, List<W3cUpdateTestCase> output, HashSet<string> visited)
    {
        if (!visited.Add(System.IO.Path.GetFullPath(path)))
        {
            return;
        }

        var parser = new TurtleParser(new RdfParserOptions { BaseIri = W3cLocations.ToIri(path), SourceName = path });
        List<Triple> triples;
        using (FileStream f = File.OpenRead(path))
        {
            triples = parser.Parse(f).Select(q => q.Triple).ToList();
        }

        ILookup<Term, Triple> bySubject = triples.ToLookup(t => t.Subject);
        Term? Object(Term s, string p) => bySubject[s].FirstOrDefault(t => t.Predicate.Value == p).Object;
        IEnumerable<Term> Objects(Term s, string p) => bySubject[s].Where(t => t.Predicate.Value == p).Select(t => t.Object);
        List<Term> List(Term head)
        {
            var items = new List<Term>();
            while (head is not Iri { Value: Rdf + "nil" })
            {
                items.Add(Object(head, Rdf + "first")!);
                head = Object(head, Rdf + "rest")!;
            }

            return items;
        }

        string LocalFile(Term t) => W3cLocations.ToPath((Iri)t) ?? throw new InvalidOperationException("Not a local test file: " + t);
        List<string> DataFiles(Term? node) => node is null ? [] : Objects(node, Ut + "data").Select(LocalFile).ToList();
        List<(string, string)> GraphFiles(Term? node) => node is null
            ? []
            : Objects(node, Ut + "graphData").Select(g => (((Literal)Object(g, RdfsLabel)!).LexicalForm, LocalFile(Object(g, Ut + "graph")!))).ToList();

        // The suite is the folder of the manifest that lists the entry (add, clear, syntax-update-1, ...).
        string folder = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path)!);
        foreach (Term manifest in triples.Where(t => t.Predicate.Value == Rdf + "type" && t.Object is Iri { Value: Mf + "Manifest" }).Select(t => t.Subject))
        {
            foreach (Term include in Objects(manifest, Mf + "include").SelectMany(List))
            {
                if (include is Iri i && W3cLocations.ToPath(i) is { } p && System.IO.File.Exists(p))
                {
                    Load(p, null, output, visited);
                }
            }

            foreach (Term entry in Objects(manifest, Mf + "entries").SelectMany(List))
            {
                string type = (Object(entry, Rdf + "type") as Iri)?.Value ?? "";
                Term? action = Object(entry, Mf + "action");
                Term? result = Object(entry, Mf + "result");
                string request = action is Iri a ? LocalFile(a) : LocalFile(Object(action!, Ut + "request")!);
                string id = folder + "/" + (entry is Iri ei ? ei.Value[(ei.Value.LastIndexOfAny(['#', '/']) + 1)..] : entry.ToString());
                output.Add(new W3cUpdateTestCase(
                    suite ?? folder,
                    id,
                    type[(type.LastIndexOf('#') + 1)..],
                    request,
                    action is Iri ? [] : DataFiles(action),
                    action is Iri ? [] : GraphFiles(action),
                    DataFiles(result),
                    GraphFiles(result)));
            }
        }
    }
}
