namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>The four query forms (§16).</summary>
public enum QueryForm
{
    /// <summary>SELECT: a sequence of solutions.</summary>
    Select,

    /// <summary>CONSTRUCT: an RDF graph built from a template.</summary>
    Construct,

    /// <summary>ASK: true when the pattern has a solution.</summary>
    Ask,

    /// <summary>DESCRIBE: an RDF graph about resources.</summary>
    Describe,
}
