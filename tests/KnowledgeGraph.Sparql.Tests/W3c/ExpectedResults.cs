using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.W3c;

/// <summary>Expected results of an evaluation test: solutions, a boolean, or a graph.</summary>
public sealed class ExpectedResults
{
    private const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";

    public bool? Boolean { get; private init; }

    public IReadOnlyList<string> Variables { get; private init; } = [];

    public List<Term?[]> Rows { get; private init; } = [];

    public List<Triple>? Graph { get; private init; }

    /// <summary>True when the result is an rs: result set whose solutions all carry rs:index.</summary>
    public bool Indexed { get; private init; }

    public static ExpectedResults Load(string path)
    {
        string ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        using FileStream f = File.OpenRead(path);
        switch (ext)
        {
            case ".srx":
                return FromResults(SparqlXmlResultsReader.Read(f));
            case ".srj":
                return FromResults(SparqlJsonResultsReader.Read(f));
            case ".tsv":
                return FromResults(SparqlTsvResultsReader.Read(new StreamReader(f)));
            case ".csv":
                return FromResults(SparqlCsvResultsReader.Read(new StreamReader(f)));
            case ".ttl" or ".nt":
                var parser = new TurtleParser(new RdfParserOptions { BaseIri = W3cLocations.ToIri(path) });
                return FromGraph(parser.Parse(f).Select(q => q.Triple).ToList());
            case ".rdf":
                RdfParser rdfXml = RdfFormats.RdfXml.CreateParser(new RdfParserOptions { BaseIri = W3cLocations.ToIri(path), SourceName = path });
                return FromGraph(rdfXml.Parse(f).Select(q => q.Triple).ToList());
            default:
                throw new NotSupportedException("No reader for result files of type " + ext);
        }
    }

    private static ExpectedResults FromResults(SparqlResults r) => r.Kind == SparqlResultsKind.Boolean
        ? new ExpectedResults { Boolean = r.Boolean }
        : new ExpectedResults { Variables = r.Variables, Rows = r.Rows.Select(x => x.ToArray()).ToList() };

    private static ExpectedResults FromGraph(List<Triple> triples)
    {
        Term? set = triples.FirstOrDefault(t => t.Predicate.Value.EndsWith("#type", StringComparison.Ordinal) && t.Object is Iri { Value: Rs + "ResultSet" }).Subject;
        if (set is null)
        {
            return new ExpectedResults { Graph = triples };
        }

        ILookup<Term, Triple> by = triples.ToLookup(t => t.Subject);
        if (by[set].FirstOrDefault(t => t.Predicate.Value == Rs + "boolean").Object is Literal b)
        {
            return new ExpectedResults { Boolean = b.LexicalForm == "true" };
        }

        var vars = by[set].Where(t => t.Predicate.Value == Rs + "resultVariable").Select(t => ((Literal)t.Object).LexicalForm).ToList();
        var solutions = by[set].Where(t => t.Predicate.Value == Rs + "solution").Select(t => t.Object).ToList();
        var rows = new List<(int Index, Term?[] Row)>();
        bool indexed = solutions.Count > 0;
        foreach (Term s in solutions)
        {
            var row = new Term?[vars.Count];
            int index = 0;
            bool hasIndex = false;
            foreach (Triple t in by[s])
            {
                if (t.Predicate.Value == Rs + "index")
                {
                    index = int.Parse(((Literal)t.Object).LexicalForm, System.Globalization.CultureInfo.InvariantCulture);
                    hasIndex = true;
                }
                else if (t.Predicate.Value == Rs + "binding")
                {
                    string name = ((Literal)by[t.Object].First(x => x.Predicate.Value == Rs + "variable").Object).LexicalForm;
                    Term value = by[t.Object].First(x => x.Predicate.Value == Rs + "value").Object;
                    int i = vars.IndexOf(name);
                    if (i < 0)
                    {
                        vars.Add(name);
                        Array.Resize(ref row, vars.Count);
                        i = vars.Count - 1;
                    }

                    row[i] = value;
                }
            }

            indexed &= hasIndex;
            rows.Add((index, row));
        }

        if (indexed)
        {
            rows.Sort((x, y) => x.Index.CompareTo(y.Index));
        }

        return new ExpectedResults
        {
            Variables = vars,
            Rows = rows.Select(r => r.Row.Length == vars.Count ? r.Row : [.. r.Row, .. new Term?[vars.Count - r.Row.Length]]).ToList(),
            Indexed = indexed,
        };
    }
}
