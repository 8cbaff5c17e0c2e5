using System.Xml.Linq;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>Reads SPARQL Query Results XML Format.</summary>
public static class SparqlXmlResultsReader
{
    private static readonly XNamespace s_ns = SparqlXmlResultsWriter.Namespace;

    /// <summary>Reads a whole result document.</summary>
    /// <exception cref="FormatException">The document is not a SPARQL XML result.</exception>
    public static SparqlResults Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        XDocument doc = XDocument.Load(input);
        XElement root = doc.Root ?? throw new FormatException("SPARQL XML results: empty document.");
        if (root.Element(s_ns + "boolean") is { } b)
        {
            return SparqlResults.FromBoolean(b.Value.Trim() == "true");
        }

        var vars = root.Element(s_ns + "head")?.Elements(s_ns + "variable").Select(v => (string)v.Attribute("name")!).ToList() ?? [];
        var rows = new List<IReadOnlyList<Term?>>();
        foreach (XElement result in root.Element(s_ns + "results")?.Elements(s_ns + "result") ?? [])
        {
            var row = new Term?[vars.Count];
            foreach (XElement binding in result.Elements(s_ns + "binding"))
            {
                int i = vars.IndexOf((string)binding.Attribute("name")!);
                if (i < 0)
                {
                    throw new FormatException($"SPARQL XML results: binding of undeclared variable '{binding.Attribute("name")}'.");
                }

                row[i] = ReadTerm(binding.Elements().First());
            }

            rows.Add(row);
        }

        return SparqlResults.FromBindings(vars, rows);
    }

    private static Term ReadTerm(XElement e)
    {
        switch (e.Name.LocalName)
        {
            case "uri":
                return Iri.Parse(e.Value.Trim());
            case "bnode":
                return new BlankNode(e.Value.Trim());
            case "literal":
                if (e.Attribute(XNamespace.Xml + "lang") is { } lang)
                {
                    return new Literal(e.Value, lang.Value);
                }

                return e.Attribute("datatype") is { } dt ? new Literal(e.Value, Iri.Parse(dt.Value)) : new Literal(e.Value);
            case "triple":
                return new TripleTerm(new Triple(
                    ReadTerm(e.Element(s_ns + "subject")!.Elements().First()),
                    (Iri)ReadTerm(e.Element(s_ns + "predicate")!.Elements().First()),
                    ReadTerm(e.Element(s_ns + "object")!.Elements().First())));
            default:
                throw new FormatException($"SPARQL XML results: unknown term element '{e.Name.LocalName}'.");
        }
    }
}
