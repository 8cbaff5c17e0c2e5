using System.Text.Json;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>Writes SPARQL 1.1 Query Results JSON Format (application/sparql-results+json).</summary>
public static class SparqlJsonResultsWriter
{
    /// <summary>Writes bindings or a boolean; graph results are not a results format.</summary>
    public static void Write(Stream output, SparqlResults results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteStartObject("head");
        if (results.Kind == SparqlResultsKind.Bindings)
        {
            w.WriteStartArray("vars");
            foreach (string v in results.Variables)
            {
                w.WriteStringValue(v);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        if (results.Kind == SparqlResultsKind.Boolean)
        {
            w.WriteBoolean("boolean", results.Boolean);
        }
        else
        {
            w.WriteStartObject("results");
            w.WriteStartArray("bindings");
            foreach (IReadOnlyList<Term?> row in results.Rows)
            {
                w.WriteStartObject();
                for (int i = 0; i < row.Count; i++)
                {
                    if (row[i] is { } t)
                    {
                        w.WritePropertyName(results.Variables[i]);
                        WriteTerm(w, t);
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteTerm(Utf8JsonWriter w, Term t)
    {
        w.WriteStartObject();
        switch (t)
        {
            case Iri iri:
                w.WriteString("type", "uri");
                w.WriteString("value", iri.Value);
                break;
            case BlankNode b:
                w.WriteString("type", "bnode");
                w.WriteString("value", b.Label);
                break;
            case Literal l:
                w.WriteString("type", "literal");
                w.WriteString("value", l.LexicalForm);
                if (l.Language is not null)
                {
                    w.WriteString("xml:lang", l.Language);
                }
                else if (!l.IsSimple)
                {
                    w.WriteString("datatype", l.Datatype.Value);
                }

                break;
            case TripleTerm tt:
                w.WriteString("type", "triple");
                w.WriteStartObject("value");
                w.WritePropertyName("subject");
                WriteTerm(w, tt.Triple.Subject);
                w.WritePropertyName("predicate");
                WriteTerm(w, tt.Triple.Predicate);
                w.WritePropertyName("object");
                WriteTerm(w, tt.Triple.Object);
                w.WriteEndObject();
                break;
        }

        w.WriteEndObject();
    }
}
