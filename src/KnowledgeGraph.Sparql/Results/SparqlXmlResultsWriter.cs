using System.Xml;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>Writes SPARQL Query Results XML Format (application/sparql-results+xml).</summary>
public static class SparqlXmlResultsWriter
{
    internal const string Namespace = "http://www.w3.org/2005/sparql-results#";

    /// <summary>Writes bindings or a boolean.</summary>
    public static void Write(Stream output, SparqlResults results)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        using var w = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        w.WriteStartDocument();
        w.WriteStartElement("sparql", Namespace);
        w.WriteStartElement("head", Namespace);
        foreach (string v in results.Variables)
        {
            w.WriteStartElement("variable", Namespace);
            w.WriteAttributeString("name", v);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        if (results.Kind == SparqlResultsKind.Boolean)
        {
            w.WriteElementString("boolean", Namespace, results.Boolean ? "true" : "false");
        }
        else
        {
            w.WriteStartElement("results", Namespace);
            foreach (IReadOnlyList<Term?> row in results.Rows)
            {
                w.WriteStartElement("result", Namespace);
                for (int i = 0; i < row.Count; i++)
                {
                    if (row[i] is { } t)
                    {
                        w.WriteStartElement("binding", Namespace);
                        w.WriteAttributeString("name", results.Variables[i]);
                        WriteTerm(w, t);
                        w.WriteEndElement();
                    }
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void WriteTerm(XmlWriter w, Term t)
    {
        switch (t)
        {
            case Iri iri:
                w.WriteElementString("uri", Namespace, iri.Value);
                break;
            case BlankNode b:
                w.WriteElementString("bnode", Namespace, b.Label);
                break;
            case Literal l:
                w.WriteStartElement("literal", Namespace);
                if (l.Language is not null)
                {
                    w.WriteAttributeString("xml", "lang", null, l.Language);
                }
                else if (!l.IsSimple)
                {
                    w.WriteAttributeString("datatype", l.Datatype.Value);
                }

                w.WriteString(l.LexicalForm);
                w.WriteEndElement();
                break;
            case TripleTerm tt:
                w.WriteStartElement("triple", Namespace);
                w.WriteStartElement("subject", Namespace);
                WriteTerm(w, tt.Triple.Subject);
                w.WriteEndElement();
                w.WriteStartElement("predicate", Namespace);
                WriteTerm(w, tt.Triple.Predicate);
                w.WriteEndElement();
                w.WriteStartElement("object", Namespace);
                WriteTerm(w, tt.Triple.Object);
                w.WriteEndElement();
                w.WriteEndElement();
                break;
        }
    }
}
