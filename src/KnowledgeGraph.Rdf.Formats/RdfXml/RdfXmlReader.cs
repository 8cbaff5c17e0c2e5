using System.Globalization;
using System.Xml;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Rdf.Formats.RdfXml;

/// <summary>
/// Reads RDF/XML as a stream of XML events (RDF 1.1 XML Syntax §6, §7): an explicit stack of open elements replaces
/// the grammar's recursion, so quads come out as soon as each element has decided them.
/// </summary>
internal sealed class RdfXmlReader
{
    private const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNs = "http://www.w3.org/2000/xmlns/";

    private static readonly Iri RdfDescription = Iri.Parse(RdfNs + "Description");

    private readonly XmlReader _xml;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly RdfParserOptions _options;
    private readonly List<Quad> _pending = [];
    private readonly Stack<RdfXmlFrame> _stack = new();
    private readonly Dictionary<string, BlankNode> _blankNodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public RdfXmlReader(Stream input, RdfParserOptions options)
    {
        _options = options;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = false,
            CloseInput = false,
        };
        _xml = XmlReader.Create(input, settings);
        _lineInfo = _xml as IXmlLineInfo;
    }

    public IEnumerable<Quad> Read(CancellationToken cancellationToken)
    {
        using (_xml)
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                bool more;
                try
                {
                    more = Step();
                }
                catch (RdfSyntaxException e) when (_options.Lenient)
                {
                    // An XML document cannot be resynchronised after an error: report it and stop.
                    _options.OnError?.Invoke(e);
                    yield break;
                }

                foreach (Quad q in _pending)
                {
                    yield return q;
                }

                _pending.Clear();
                if (!more)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>Reads one XML event and handles it; false at the end of the document.</summary>
    private bool Step()
    {
        try
        {
            if (!_xml.Read())
            {
                return false;
            }

            RdfXmlPropertyFrame? literal = _stack.Count > 0 && _stack.Peek() is RdfXmlPropertyFrame { Kind: RdfXmlPropertyKind.XmlLiteral } f ? f : null;
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element when literal is not null:
                    literal.Literal!.StartElement(_xml);
                    if (_xml.IsEmptyElement)
                    {
                        literal.Literal.EndElement(_xml.Name);
                    }
                    else
                    {
                        literal.LiteralDepth++;
                    }

                    break;
                case XmlNodeType.EndElement when literal is { LiteralDepth: > 0 }:
                    literal.Literal!.EndElement(_xml.Name);
                    literal.LiteralDepth--;
                    break;
                case XmlNodeType.Element:
                    bool empty = _xml.IsEmptyElement;
                    StartElement();
                    if (empty)
                    {
                        EndElement();
                    }

                    break;
                case XmlNodeType.EndElement:
                    EndElement();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    Characters(_xml.Value, literal);
                    break;
                case XmlNodeType.ProcessingInstruction when literal is not null:
                    literal.Literal!.ProcessingInstruction(_xml.Name, _xml.Value);
                    break;
            }

            return true;
        }
        catch (XmlException e)
        {
            throw new RdfSyntaxException($"malformed XML: {e.Message}", Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), -1, _options.SourceName, e);
        }
    }

    private Iri? CurrentBase => _stack.Count > 0 ? _stack.Peek().Base : _options.BaseIri;

    private void StartElement()
    {
        Iri? baseIri = CurrentBase;
        string? xmlBase = _xml.GetAttribute("base", XmlNs);
        if (xmlBase is not null)
        {
            baseIri = ResolveAgainst(baseIri, xmlBase, "xml:base");
        }

        if (_xml.NamespaceURI.Length == 0)
        {
            throw Error($"element <{_xml.Name}> is in no namespace; RDF/XML element names must be namespace-qualified");
        }

        string uri = _xml.NamespaceURI + _xml.LocalName;
        if (_stack.Count == 0)
        {
            if (uri == RdfNs + "RDF")
            {
                _stack.Push(new RdfXmlRootFrame(baseIri));
            }
            else
            {
                // §7.2.8: rdf:RDF may be omitted when the document is a single node element.
                NodeElement(uri, baseIri);
            }

            return;
        }

        switch (_stack.Peek())
        {
            case RdfXmlRootFrame:
                NodeElement(uri, baseIri);
                break;
            case RdfXmlNodeFrame node:
                PropertyElement(node, uri, baseIri);
                break;
            case RdfXmlPropertyFrame property:
                NodeElementInProperty(property, uri, baseIri);
                break;
        }
    }

    private void EndElement()
    {
        RdfXmlFrame frame = _stack.Pop();
        if (frame is RdfXmlNodeFrame { Implicit: true })
        {
            frame = _stack.Pop();
        }

        if (frame is RdfXmlPropertyFrame property)
        {
            EndProperty(property);
        }
    }

    private void Characters(string text, RdfXmlPropertyFrame? literal)
    {
        if (literal is not null)
        {
            literal.Literal!.AppendText(text);
            return;
        }

        if (_stack.Count > 0 && _stack.Peek() is RdfXmlPropertyFrame { Kind: RdfXmlPropertyKind.Undecided or RdfXmlPropertyKind.Text } p)
        {
            if (p.Resource is not null || p.NodeId is not null || p.PropertyAttributes.Count > 0)
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    throw Error($"property element <{p.QualifiedName}> with rdf:resource, rdf:nodeID or property attributes must be empty");
                }
            }

            p.Content.Append(text);
            p.HasContent = true;
            return;
        }

        if (!IsXmlWhitespace(text))
        {
            throw Error("text is not allowed here: only a property element's content can be a literal");
        }
    }

    /// <summary>nodeElement (§7.2.11): works out the subject, its rdf:type and property attributes.</summary>
    private Term NodeElement(string uri, Iri? baseIri, bool push = true)
    {
        if (IsCoreSyntaxTerm(uri) || uri == RdfNs + "li" || IsOldTerm(uri))
        {
            throw Error($"<{_xml.Name}> cannot be used as a node element");
        }

        string? id = null, nodeId = null, about = null;
        var properties = new List<(Iri Predicate, string Value)>();
        foreach ((string attribute, string value) in Attributes())
        {
            switch (attribute)
            {
                case RdfNs + "ID":
                    id = value;
                    break;
                case RdfNs + "nodeID":
                    nodeId = value;
                    break;
                case RdfNs + "about":
                    about = value;
                    break;
                default:
                    properties.Add((PropertyAttribute(attribute), value));
                    break;
            }
        }

        if ((id is not null ? 1 : 0) + (nodeId is not null ? 1 : 0) + (about is not null ? 1 : 0) > 1)
        {
            throw Error($"node element <{_xml.Name}> may have only one of rdf:ID, rdf:nodeID and rdf:about");
        }

        Term subject = id is not null ? IdIri(id, baseIri)
            : nodeId is not null ? BlankNodeFor(nodeId)
            : about is not null ? ResolveAgainst(baseIri, about, "rdf:about")
            : BlankNode.Create();
        if (uri != RdfDescription.Value)
        {
            Emit(subject, Vocabulary.Rdf.Type, ResolveAgainst(null, uri, "the node element name"));
        }

        string language = _xml.XmlLang;
        foreach ((Iri predicate, string value) in properties)
        {
            Emit(subject, predicate, predicate.Equals(Vocabulary.Rdf.Type) ? ResolveAgainst(baseIri, value, "rdf:type") : MakeLiteral(value, language));
        }

        if (push)
        {
            _stack.Push(new RdfXmlNodeFrame(baseIri, subject, @implicit: false));
        }

        return subject;
    }

    /// <summary>A node element inside a property element: its object (§7.2.15) or a collection member (§7.2.19).</summary>
    private void NodeElementInProperty(RdfXmlPropertyFrame property, string uri, Iri? baseIri)
    {
        switch (property.Kind)
        {
            case RdfXmlPropertyKind.Undecided:
                if (property.Resource is not null || property.NodeId is not null || property.PropertyAttributes.Count > 0 || property.Datatype is not null)
                {
                    throw Error($"property element <{property.QualifiedName}> with rdf:resource, rdf:nodeID, rdf:datatype or property attributes cannot contain a node element");
                }

                if (!IsXmlWhitespace(property.Content.ToString()))
                {
                    throw Error($"property element <{property.QualifiedName}> mixes text and a node element");
                }

                property.Kind = RdfXmlPropertyKind.Resource;
                Term o = NodeElement(uri, baseIri);
                property.Object = o;
                EmitStatement(property, o);
                break;
            case RdfXmlPropertyKind.Resource:
                throw Error($"property element <{property.QualifiedName}> may contain only one node element");
            case RdfXmlPropertyKind.Collection:
                Term member = NodeElement(uri, baseIri);
                var cell = BlankNode.Create();
                if (property.LastCell is null)
                {
                    EmitStatement(property, cell);
                }
                else
                {
                    Emit(property.LastCell, Vocabulary.Rdf.Rest, cell);
                }

                Emit(cell, Vocabulary.Rdf.First, member);
                property.LastCell = cell;
                break;
            default:
                throw Error($"property element <{property.QualifiedName}> cannot contain an element here");
        }
    }

    /// <summary>propertyElt (§7.2.14): the predicate, and the attributes that decide which kind of property element it is.</summary>
    private void PropertyElement(RdfXmlNodeFrame node, string uri, Iri? baseIri)
    {
        if (IsCoreSyntaxTerm(uri) || uri == RdfDescription.Value || IsOldTerm(uri))
        {
            throw Error($"<{_xml.Name}> cannot be used as a property element");
        }

        // §7.4 list expansion: rdf:li becomes rdf:_1, rdf:_2, … per node.
        Iri predicate = uri == RdfNs + "li"
            ? Iri.Parse(RdfNs + "_" + (++node.LastMember).ToString(CultureInfo.InvariantCulture))
            : ResolveAgainst(null, uri, "the property element name");
        string? id = null, parseType = null, resource = null, nodeId = null, datatype = null;
        var properties = new List<(Iri Predicate, string Value)>();
        foreach ((string attribute, string value) in Attributes())
        {
            switch (attribute)
            {
                case RdfNs + "ID":
                    id = value;
                    break;
                case RdfNs + "parseType":
                    parseType = value;
                    break;
                case RdfNs + "resource":
                    resource = value;
                    break;
                case RdfNs + "nodeID":
                    nodeId = value;
                    break;
                case RdfNs + "datatype":
                    datatype = value;
                    break;
                default:
                    properties.Add((PropertyAttribute(attribute), value));
                    break;
            }
        }

        if (resource is not null && nodeId is not null)
        {
            throw Error($"property element <{_xml.Name}> may not have both rdf:resource and rdf:nodeID");
        }

        if (parseType is not null && (resource is not null || nodeId is not null || datatype is not null || properties.Count > 0))
        {
            throw Error($"property element <{_xml.Name}> with rdf:parseType may have no other attribute than rdf:ID");
        }

        if (datatype is not null && (resource is not null || nodeId is not null || properties.Count > 0))
        {
            throw Error($"property element <{_xml.Name}> may not have rdf:datatype together with rdf:resource, rdf:nodeID or property attributes");
        }

        var property = new RdfXmlPropertyFrame(baseIri, node.Subject, predicate, _xml.Name)
        {
            Reifier = id is null ? null : IdIri(id, baseIri),
            Language = _xml.XmlLang,
            Datatype = datatype is null ? null : ResolveAgainst(baseIri, datatype, "rdf:datatype"),
            Resource = resource,
            NodeId = nodeId,
        };
        property.PropertyAttributes.AddRange(properties);
        _stack.Push(property);
        switch (parseType)
        {
            case null:
                break;
            case "Resource":
                property.Kind = RdfXmlPropertyKind.ParseTypeResource;
                var n = BlankNode.Create();
                EmitStatement(property, n);
                _stack.Push(new RdfXmlNodeFrame(baseIri, n, @implicit: true));
                break;
            case "Collection":
                property.Kind = RdfXmlPropertyKind.Collection;
                break;
            default:
                // §7.2.17: "Literal" and any other value are read as parseTypeLiteralPropertyElt.
                property.Kind = RdfXmlPropertyKind.XmlLiteral;
                property.Literal = new XmlLiteralWriter();
                break;
        }
    }

    private void EndProperty(RdfXmlPropertyFrame property)
    {
        switch (property.Kind)
        {
            case RdfXmlPropertyKind.Undecided or RdfXmlPropertyKind.Text when property.HasContent && property.Content.Length > 0:
                // literalPropertyElt (§7.2.16).
                EmitStatement(property, property.Datatype is not null
                    ? new Literal(property.Content.ToString(), property.Datatype)
                    : MakeLiteral(property.Content.ToString(), property.Language));
                break;
            case RdfXmlPropertyKind.Undecided or RdfXmlPropertyKind.Text:
                EmptyProperty(property);
                break;
            case RdfXmlPropertyKind.Collection:
                if (property.LastCell is null)
                {
                    EmitStatement(property, Vocabulary.Rdf.Nil);
                }
                else
                {
                    Emit(property.LastCell, Vocabulary.Rdf.Rest, Vocabulary.Rdf.Nil);
                }

                break;
            case RdfXmlPropertyKind.XmlLiteral:
                EmitStatement(property, new Literal(property.Literal!.Text, Vocabulary.Rdf.XmlLiteral));
                break;
        }
    }

    /// <summary>emptyPropertyElt (§7.2.21).</summary>
    private void EmptyProperty(RdfXmlPropertyFrame property)
    {
        if (property.Resource is null && property.NodeId is null && property.PropertyAttributes.Count == 0)
        {
            EmitStatement(property, property.Datatype is not null ? new Literal("", property.Datatype) : MakeLiteral("", property.Language));
            return;
        }

        Term o = property.Resource is not null ? ResolveAgainst(property.Base, property.Resource, "rdf:resource")
            : property.NodeId is not null ? BlankNodeFor(property.NodeId)
            : BlankNode.Create();
        EmitStatement(property, o);
        foreach ((Iri predicate, string value) in property.PropertyAttributes)
        {
            Emit(o, predicate, predicate.Equals(Vocabulary.Rdf.Type) ? ResolveAgainst(property.Base, value, "rdf:type") : MakeLiteral(value, property.Language));
        }
    }

    /// <summary>Emits the property's triple and, with rdf:ID, its reification (§7.3).</summary>
    private void EmitStatement(RdfXmlPropertyFrame property, Term o)
    {
        Emit(property.Subject, property.Predicate, o);
        if (property.Reifier is { } r)
        {
            Emit(r, Vocabulary.Rdf.Type, Vocabulary.Rdf.Statement);
            Emit(r, Vocabulary.Rdf.Subject, property.Subject);
            Emit(r, Vocabulary.Rdf.Predicate, property.Predicate);
            Emit(r, Vocabulary.Rdf.Object, o);
        }
    }

    private void Emit(Term subject, Iri predicate, Term o) => _pending.Add(new Quad(subject, predicate, o, null));

    /// <summary>
    /// The element's attributes as (URI, value), after §6.1.4: namespace declarations and xml:* attributes are dropped,
    /// unqualified ID, about, resource, parseType and type stand for their rdf: names, other unqualified ones are errors.
    /// </summary>
    private List<(string Uri, string Value)> Attributes()
    {
        var result = new List<(string, string)>();
        if (!_xml.MoveToFirstAttribute())
        {
            return result;
        }

        do
        {
            string ns = _xml.NamespaceURI;
            string local = _xml.LocalName;
            if (ns == XmlnsNs || ns == XmlNs)
            {
                continue;
            }

            if (ns.Length == 0)
            {
                if (local.StartsWith("xml", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (local is "ID" or "about" or "resource" or "parseType" or "type")
                {
                    ns = RdfNs;
                }
                else
                {
                    _xml.MoveToElement();
                    throw Error($"attribute {local} on <{_xml.Name}> is in no namespace; RDF/XML attributes must be namespace-qualified");
                }
            }

            result.Add((ns + local, _xml.Value));
        }
        while (_xml.MoveToNextAttribute());
        _xml.MoveToElement();
        return result;
    }

    /// <summary>A property attribute's predicate (§7.2.25 propertyAttributeURIs), or an error for a syntax name.</summary>
    private Iri PropertyAttribute(string uri)
    {
        if (IsCoreSyntaxTerm(uri) || uri == RdfDescription.Value || uri == RdfNs + "li" || IsOldTerm(uri))
        {
            throw Error($"{uri} is not allowed as an attribute of <{_xml.Name}>");
        }

        return ResolveAgainst(null, uri, "the attribute name");
    }

    /// <summary>coreSyntaxTerms (§7.2.2).</summary>
    private static bool IsCoreSyntaxTerm(string uri) =>
        uri.StartsWith(RdfNs, StringComparison.Ordinal)
        && uri.AsSpan(RdfNs.Length) is "RDF" or "ID" or "about" or "parseType" or "resource" or "nodeID" or "datatype";

    /// <summary>oldTerms (§7.2.4).</summary>
    private static bool IsOldTerm(string uri) =>
        uri.StartsWith(RdfNs, StringComparison.Ordinal)
        && uri.AsSpan(RdfNs.Length) is "aboutEach" or "aboutEachPrefix" or "bagID";

    /// <summary>rdf:ID (§7.2.24): an XML NCName, made into an IRI against the base; each IRI only once (§5.3).</summary>
    private Iri IdIri(string id, Iri? baseIri)
    {
        CheckNcName(id, "rdf:ID");
        Iri iri = ResolveAgainst(baseIri, "#" + id, "rdf:ID");
        if (!_ids.Add(iri.Value))
        {
            throw Error($"rdf:ID \"{id}\" gives {iri} a second time; an rdf:ID must be unique within its base");
        }

        return iri;
    }

    private BlankNode BlankNodeFor(string nodeId)
    {
        CheckNcName(nodeId, "rdf:nodeID");
        if (!_blankNodes.TryGetValue(nodeId, out BlankNode? node))
        {
            node = BlankNode.Create();
            _blankNodes.Add(nodeId, node);
        }

        return node;
    }

    private void CheckNcName(string value, string what)
    {
        try
        {
            XmlConvert.VerifyNCName(value);
        }
        catch (XmlException)
        {
            throw Error($"{what} \"{value}\" is not an XML NCName");
        }
    }

    private Iri ResolveAgainst(Iri? baseIri, string reference, string what)
    {
        if (baseIri is null)
        {
            if (Iri.TryParse(reference, out Iri? absolute))
            {
                return absolute;
            }

            throw Error($"{what} \"{reference}\" is not an absolute IRI and there is no base IRI");
        }

        if (baseIri.TryResolve(reference, out Iri? resolved))
        {
            return resolved;
        }

        throw Error($"{what} \"{reference}\" does not resolve to a valid IRI against <{baseIri.Value}>");
    }

    private Literal MakeLiteral(string text, string language)
    {
        if (language.Length == 0)
        {
            return new Literal(text);
        }

        if (!Literal.IsValidLanguageTag(language))
        {
            throw Error($"xml:lang \"{language}\" is not a well-formed language tag");
        }

        return new Literal(text, language);
    }

    private static bool IsXmlWhitespace(string text) => text.AsSpan().IndexOfAnyExcept(" \t\r\n") < 0;

    private RdfSyntaxException Error(string reason) =>
        new(reason, Math.Max(1, _lineInfo?.LineNumber ?? 1), Math.Max(1, _lineInfo?.LinePosition ?? 1), -1, _options.SourceName);
}
