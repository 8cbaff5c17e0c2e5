namespace KnowledgeGraph.Rdf;

/// <summary>The base direction of a directional language-tagged string (RDF 1.2 Concepts §3.3).</summary>
public enum BaseDirection
{
    /// <summary>Left to right: <c>--ltr</c>.</summary>
    Ltr,

    /// <summary>Right to left: <c>--rtl</c>.</summary>
    Rtl,
}
