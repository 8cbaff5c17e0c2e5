using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>LOAD ( SILENT )? iri ( INTO GRAPH iri )? (SPARQL 1.1 Update §3.1.4).</summary>
internal sealed record LoadOperation(Iri Source, Iri? Into, bool Silent, int Offset) : UpdateOperation(Offset)
{
    public override void WriteSse(StringBuilder sb, int indent)
    {
        sb.Append("(load").Append(SilentFlag(Silent)).Append(' ').Append(Source);
        if (Into is not null)
        {
            sb.Append(' ').Append(Into);
        }

        sb.Append(')');
    }
}
