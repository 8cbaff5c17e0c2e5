using System.Text;
using System.Xml;

namespace KnowledgeGraph.Rdf.Formats.RdfXml;

/// <summary>
/// Serialises the content of an <c>rdf:parseType="Literal"</c> property element as Exclusive XML Canonicalization
/// (https://www.w3.org/TR/xml-exc-c14n/, without comments), which RDF 1.1 XML Syntax §7.2.17 asks for the lexical form
/// of the <c>rdf:XMLLiteral</c>: namespace declarations appear on the outermost element that visibly uses them,
/// attributes are sorted, empty elements get an end tag, and text and attribute values are escaped as C14N says.
/// </summary>
internal sealed class XmlLiteralWriter
{
    private readonly StringBuilder _out = new();

    // The namespace declarations already rendered by output ancestors: one dictionary per open element.
    private readonly Stack<Dictionary<string, string>> _rendered = new();

    public string Text => _out.ToString();

    /// <summary>Writes the start tag of the element the reader is on (the reader is moved back onto the element).</summary>
    public void StartElement(XmlReader reader)
    {
        Dictionary<string, string> inherited = _rendered.Count > 0 ? _rendered.Peek() : new Dictionary<string, string>(StringComparer.Ordinal);
        var scope = new Dictionary<string, string>(inherited, StringComparer.Ordinal);
        var attributes = new List<(string Ns, string Local, string Qualified, string Value)>();
        var used = new SortedDictionary<string, string>(StringComparer.Ordinal);
        used[reader.Prefix] = reader.NamespaceURI;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI == "http://www.w3.org/2000/xmlns/")
                {
                    continue;
                }

                attributes.Add((reader.NamespaceURI, reader.LocalName, reader.Name, reader.Value));
                if (reader.Prefix.Length > 0 && reader.Prefix != "xml")
                {
                    used[reader.Prefix] = reader.NamespaceURI;
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        _out.Append('<').Append(reader.Name);
        foreach ((string prefix, string ns) in used)
        {
            bool alreadyRendered = scope.TryGetValue(prefix, out string? current) && current == ns;
            if (alreadyRendered || (prefix.Length == 0 && ns.Length == 0 && !scope.ContainsKey(prefix)))
            {
                continue;
            }

            scope[prefix] = ns;
            _out.Append(prefix.Length == 0 ? " xmlns" : " xmlns:" + prefix).Append("=\"");
            EscapeAttribute(ns);
            _out.Append('"');
        }

        attributes.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Ns, b.Ns);
            return c != 0 ? c : string.CompareOrdinal(a.Local, b.Local);
        });
        foreach ((_, _, string qualified, string value) in attributes)
        {
            _out.Append(' ').Append(qualified).Append("=\"");
            EscapeAttribute(value);
            _out.Append('"');
        }

        _out.Append('>');
        _rendered.Push(scope);
    }

    public void EndElement(string qualifiedName)
    {
        _out.Append("</").Append(qualifiedName).Append('>');
        _rendered.Pop();
    }

    public void AppendText(string text)
    {
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => _out.Append("&amp;"),
                '<' => _out.Append("&lt;"),
                '>' => _out.Append("&gt;"),
                '\r' => _out.Append("&#xD;"),
                _ => _out.Append(c),
            };
        }
    }

    public void ProcessingInstruction(string target, string data)
    {
        _out.Append("<?").Append(target);
        if (data.Length > 0)
        {
            _out.Append(' ').Append(data);
        }

        _out.Append("?>");
    }

    private void EscapeAttribute(string value)
    {
        foreach (char c in value)
        {
            _ = c switch
            {
                '&' => _out.Append("&amp;"),
                '<' => _out.Append("&lt;"),
                '"' => _out.Append("&quot;"),
                '\t' => _out.Append("&#x9;"),
                '\n' => _out.Append("&#xA;"),
                '\r' => _out.Append("&#xD;"),
                _ => _out.Append(c),
            };
        }
    }
}
