using System.Text;

namespace KnowledgeGraph.Rdf.Formats.RdfXml;

/// <summary>One open element while reading RDF/XML: the in-scope base IRI and what its content may be.</summary>
internal abstract class RdfXmlFrame(Iri? baseIri)
{
    public Iri? Base { get; } = baseIri;
}

/// <summary>The <c>rdf:RDF</c> element: its children are node elements (§7.2.9).</summary>
internal sealed class RdfXmlRootFrame(Iri? baseIri) : RdfXmlFrame(baseIri);

/// <summary>
/// A node element (§7.2.11), or the implicit node of an <c>rdf:parseType="Resource"</c> property element (§7.2.18,
/// then <see cref="Implicit"/> is true and it closes with that property element). Its children are property elements.
/// </summary>
internal sealed class RdfXmlNodeFrame(Iri? baseIri, Term subject, bool @implicit) : RdfXmlFrame(baseIri)
{
    public Term Subject { get; } = subject;

    public bool Implicit { get; } = @implicit;

    /// <summary>The last <c>rdf:li</c> number used (§7.4, list expansion).</summary>
    public int LastMember { get; set; }
}

/// <summary>How a property element's content is read.</summary>
internal enum RdfXmlPropertyKind
{
    /// <summary>No parseType: resourcePropertyElt, literalPropertyElt or emptyPropertyElt, decided by the content.</summary>
    Undecided,

    /// <summary>Holds one node element (§7.2.15).</summary>
    Resource,

    /// <summary>Holds text only (§7.2.16).</summary>
    Text,

    /// <summary>rdf:parseType="Literal" (§7.2.17).</summary>
    XmlLiteral,

    /// <summary>rdf:parseType="Resource" (§7.2.18).</summary>
    ParseTypeResource,

    /// <summary>rdf:parseType="Collection" (§7.2.19).</summary>
    Collection,
}

/// <summary>A property element (§7.2.14) of <see cref="Subject"/>.</summary>
internal sealed class RdfXmlPropertyFrame(Iri? baseIri, Term subject, Iri predicate, string qualifiedName) : RdfXmlFrame(baseIri)
{
    public Term Subject { get; } = subject;

    public Iri Predicate { get; } = predicate;

    public string QualifiedName { get; } = qualifiedName;

    public RdfXmlPropertyKind Kind { get; set; }

    /// <summary>The reification IRI from rdf:ID (§7.3), or null.</summary>
    public Iri? Reifier { get; init; }

    /// <summary>The in-scope xml:lang at the element ("" for none).</summary>
    public string Language { get; init; } = "";

    public Iri? Datatype { get; init; }

    public string? Resource { get; init; }

    public string? NodeId { get; init; }

    /// <summary>Property attributes of an emptyPropertyElt (§7.2.21): predicate and value (rdf:type gets an IRI).</summary>
    public List<(Iri Predicate, string Value)> PropertyAttributes { get; } = [];

    public StringBuilder Content { get; } = new();

    /// <summary>True once any character data was seen (an empty element has none).</summary>
    public bool HasContent { get; set; }

    /// <summary>The object, once a node element child gave it.</summary>
    public Term? Object { get; set; }

    /// <summary>The last cell of an rdf:parseType="Collection" list so far.</summary>
    public BlankNode? LastCell { get; set; }

    public XmlLiteralWriter? Literal { get; set; }

    /// <summary>Depth of open elements inside an rdf:parseType="Literal" element.</summary>
    public int LiteralDepth { get; set; }
}
