using System.Text;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// INSERT DATA (§3.1.1) or DELETE DATA (§3.1.2): ground quads. Blank nodes of INSERT DATA stand for fresh blank nodes;
/// DELETE DATA has none (the parser rejects them).
/// </summary>
internal sealed record DataOperation(bool Delete, IReadOnlyList<QuadTemplate> Quads, int Offset) : UpdateOperation(Offset)
{
    public override void WriteSse(StringBuilder sb, int indent)
    {
        sb.Append(Delete ? "(deleteData" : "(insertData");
        foreach (QuadTemplate q in Quads)
        {
            Line(sb, indent + 1);
            sb.Append(q);
        }

        sb.Append(')');
    }
}
