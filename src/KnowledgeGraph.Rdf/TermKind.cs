namespace KnowledgeGraph.Rdf;

/// <summary>The kinds of RDF terms, in the order SPARQL 1.1 §15.1 sorts them.</summary>
public enum TermKind
{
    /// <summary>A blank node.</summary>
    BlankNode = 0,

    /// <summary>An IRI.</summary>
    Iri = 1,

    /// <summary>A literal.</summary>
    Literal = 2,

    /// <summary>An RDF 1.2 triple term.</summary>
    TripleTerm = 3,
}
