using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// A parsed SPARQL 1.1 Update request (<see href="https://www.w3.org/TR/sparql11-update/#updateLanguage">SPARQL 1.1 Update §3</see>):
/// a sequence of operations run in order as one transaction. Obtain one from <see cref="SparqlParser.ParseUpdate"/>
/// and run it with <c>SparqlUpdateExecutor</c>.
/// </summary>
public sealed class SparqlUpdate
{
    internal SparqlUpdate(string text, Iri? baseIri, IReadOnlyList<UpdateOperation> operations)
    {
        Text = text;
        BaseIri = baseIri;
        Operations = operations;
    }

    /// <summary>The request text as given.</summary>
    public string Text { get; }

    /// <summary>The base IRI in effect at the end of the request (LOAD documents use their own IRI as base).</summary>
    public Iri? BaseIri { get; }

    /// <summary>The number of operations; an empty request (only a prologue, or nothing) is legal and does nothing.</summary>
    public int OperationCount => Operations.Count;

    internal IReadOnlyList<UpdateOperation> Operations { get; }

    /// <summary>The request as an S-expression: <c>(update op ...)</c>, one operation per line.</summary>
    public string ToSse()
    {
        var sb = new StringBuilder("(update");
        foreach (UpdateOperation op in Operations)
        {
            sb.Append("\n  ");
            op.WriteSse(sb, 1);
        }

        return sb.Append(')').ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
