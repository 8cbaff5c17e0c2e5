using System.Text.Json;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>Reads SPARQL 1.1 Query Results JSON Format.</summary>
public static class SparqlJsonResultsReader
{
    /// <summary>Reads a whole result document.</summary>
    /// <exception cref="FormatException">The document is not a SPARQL JSON result.</exception>
    public static SparqlResults Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using JsonDocument doc = JsonDocument.Parse(input);
        JsonElement root = doc.RootElement;
        if (root.TryGetProperty("boolean", out JsonElement b))
        {
            return SparqlResults.FromBoolean(b.GetBoolean());
        }

        var vars = new List<string>();
        if (root.TryGetProperty("head", out JsonElement head) && head.TryGetProperty("vars", out JsonElement vs))
        {
            vars.AddRange(vs.EnumerateArray().Select(v => v.GetString()!));
        }

        var rows = new List<IReadOnlyList<Term?>>();
        if (!root.TryGetProperty("results", out JsonElement results) || !results.TryGetProperty("bindings", out JsonElement bindings))
        {
            throw new FormatException("SPARQL JSON results: expected results.bindings or boolean.");
        }

        foreach (JsonElement binding in bindings.EnumerateArray())
        {
            var row = new Term?[vars.Count];
            foreach (JsonProperty p in binding.EnumerateObject())
            {
                int i = vars.IndexOf(p.Name);
                if (i < 0)
                {
                    vars.Add(p.Name);
                    Array.Resize(ref row, vars.Count);
                    i = vars.Count - 1;
                }

                row[i] = ReadTerm(p.Value);
            }

            rows.Add(row);
        }

        int width = vars.Count;
        return SparqlResults.FromBindings(vars, rows.Select(r => r.Count == width ? r : [.. r, .. new Term?[width - r.Count]]).ToList());
    }

    private static Term ReadTerm(JsonElement e)
    {
        string type = e.GetProperty("type").GetString()!;
        if (type == "triple")
        {
            JsonElement v = e.GetProperty("value");
            return new TripleTerm(new Triple(ReadTerm(v.GetProperty("subject")), (Iri)ReadTerm(v.GetProperty("predicate")), ReadTerm(v.GetProperty("object"))));
        }

        string value = e.GetProperty("value").GetString()!;
        switch (type)
        {
            case "uri":
                return Iri.Parse(value);
            case "bnode":
                return new BlankNode(value);
            case "literal" or "typed-literal":
                if (e.TryGetProperty("xml:lang", out JsonElement lang))
                {
                    return new Literal(value, lang.GetString()!);
                }

                return e.TryGetProperty("datatype", out JsonElement dt) ? new Literal(value, Iri.Parse(dt.GetString()!)) : new Literal(value);
            default:
                throw new FormatException($"SPARQL JSON results: unknown term type '{type}'.");
        }
    }
}
