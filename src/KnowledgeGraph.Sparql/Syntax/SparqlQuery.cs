using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// A parsed SPARQL 1.1 query (§2–§16): its form, prologue, dataset clauses, and its translation to algebra (§18.2).
/// Obtain one from <see cref="SparqlParser.ParseQuery"/>.
/// </summary>
public sealed class SparqlQuery
{
    internal SparqlQuery(
        string text,
        QueryForm form,
        Iri? baseIri,
        PrefixMap prefixes,
        IReadOnlyList<Iri> defaultGraphs,
        IReadOnlyList<Iri> namedGraphs,
        QueryBody body,
        IReadOnlyList<SyntaxTriple>? template,
        IReadOnlyList<PatternNode> describeTargets)
    {
        Text = text;
        Form = form;
        BaseIri = baseIri;
        Prefixes = prefixes;
        DefaultGraphs = defaultGraphs;
        NamedGraphs = namedGraphs;
        Body = body;
        Template = template;
        DescribeTargets = describeTargets;
    }

    /// <summary>The query text as given.</summary>
    public string Text { get; }

    /// <summary>SELECT, CONSTRUCT, ASK or DESCRIBE.</summary>
    public QueryForm Form { get; }

    /// <summary>The base IRI in effect at the end of the prologue, or null.</summary>
    public Iri? BaseIri { get; }

    /// <summary>The prefixes the prologue declared.</summary>
    public PrefixMap Prefixes { get; }

    /// <summary>The FROM graphs (§13.2): their merge is the default graph. Empty: the store's default graph.</summary>
    public IReadOnlyList<Iri> DefaultGraphs { get; }

    /// <summary>The FROM NAMED graphs (§13.2).</summary>
    public IReadOnlyList<Iri> NamedGraphs { get; }

    /// <summary>True when the query sorts its solutions (ORDER BY at the top level).</summary>
    public bool IsOrdered => Body.OrderBy.Count > 0;

    /// <summary>The result variables of a SELECT query, in projection order; empty for the other forms.</summary>
    public IReadOnlyList<string> ResultVariables { get; internal set; } = [];

    /// <summary>The algebra expression of the query, before optimisation.</summary>
    public QueryAlgebra Algebra { get; internal set; } = null!;

    /// <summary>
    /// True for the WHERE clause of an update with WITH and no USING (SPARQL 1.1 Update §3.1.3.2): WITH replaces only
    /// the default graph, and GRAPH still ranges over the store's named graphs.
    /// </summary>
    internal bool NamedGraphsFromStore { get; init; }

    internal QueryBody Body { get; }

    internal IReadOnlyList<SyntaxTriple>? Template { get; }

    internal IReadOnlyList<PatternNode> DescribeTargets { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
