using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>CREATE ( SILENT )? GRAPH iri (SPARQL 1.1 Update §3.2.1).</summary>
internal sealed record CreateOperation(Iri Graph, bool Silent, int Offset) : UpdateOperation(Offset)
{
    public override void WriteSse(StringBuilder sb, int indent) =>
        sb.Append("(create").Append(SilentFlag(Silent)).Append(' ').Append(Graph).Append(')');
}
