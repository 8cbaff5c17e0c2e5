using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.Turtle;

namespace KnowledgeGraph.Sparql.Tests.W3c;

/// <summary>Reads W3C test manifests: follows mf:include, lists mf:entries (the only authoritative test list).</summary>
public static class W3cManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private const string Dawgt = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
    private static readonly Iri s_type = Iri.Parse("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static readonly Iri s_first = Iri.Parse("http://www.w3.org/1999/02/22-rdf-syntax-ns#first");
    private static readonly Iri s_rest = Iri.Parse("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest");

    public static List<W3cTestCase> Load(string suite, string manifestPath)
    {
        var result = new List<W3cTestCase>();
        Load(suite, manifestPath, result, []);
        return result;
    }

    private static void Load(string suite, string path, List<W3cTestCase> output, HashSet<string> visited)
    {
        if (!visited.Add(System.IO.Path.GetFullPath(path)))
        {
            return;
        }

        Iri baseIri = W3cLocations.ToIri(path);
        var parser = new TurtleParser(new RdfParserOptions { BaseIri = baseIri, SourceName = path });
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
            while (head is not Iri { Value: "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil" })
            {
                items.Add(bySubject[head].First(t => t.Predicate.Equals(s_first)).Object);
                head = bySubject[head].First(t => t.Predicate.Equals(s_rest)).Object;
            }

            return items;
        }

        foreach (Term manifest in triples.Where(t => t.Predicate.Equals(s_type) && t.Object is Iri { Value: Mf + "Manifest" }).Select(t => t.Subject))
        {
            foreach (Term include in Objects(manifest, Mf + "include").SelectMany(List))
            {
                if (include is Iri i && W3cLocations.ToPath(i) is { } p && File.Exists(p))
                {
                    Load(suite, p, output, visited);
                }
            }

            foreach (Term entry in Objects(manifest, Mf + "entries").SelectMany(List))
            {
                string type = (Object(entry, s_type.Value) as Iri)?.Value ?? "";
                Term? action = Object(entry, Mf + "action");
                string? query = null;
                var data = new List<string>();
                var graphData = new List<string>();
                bool service = false;
                if (action is Iri a)
                {
                    query = W3cLocations.ToPath(a);
                }
                else if (action is not null)
                {
                    query = Object(action, Qt + "query") is Iri q ? W3cLocations.ToPath(q) : null;
                    data.AddRange(Objects(action, Qt + "data").OfType<Iri>().Select(W3cLocations.ToPath).OfType<string>());
                    graphData.AddRange(Objects(action, Qt + "graphData").OfType<Iri>().Select(W3cLocations.ToPath).OfType<string>());
                    service = Objects(action, Qt + "serviceData").Any();
                }

                string? resultFile = Object(entry, Mf + "result") is Iri r ? W3cLocations.ToPath(r) : null;
                bool lax = Object(entry, Mf + "resultCardinality") is Iri { Value: Mf + "LaxCardinality" };
                string approval = (Object(entry, Dawgt + "approval") as Iri)?.Value ?? "";
                string id = entry is Iri ei ? ei.Value.Replace(W3cLocations.BaseIri + "sparql/", "", StringComparison.Ordinal) : entry.ToString();
                output.Add(new W3cTestCase(suite, id, type[(type.LastIndexOf('#') + 1)..], query, data, graphData, resultFile, service, lax, approval));
            }
        }
    }
}
