using System.Text;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// CLEAR (§3.1.5) or DROP (§3.2.2) of a GraphRefAll. They differ only in that DROP also removes named graphs themselves,
/// while CLEAR leaves them existing and empty.
/// </summary>
internal sealed record ClearOperation(GraphTarget Target, bool Drop, bool Silent, int Offset) : UpdateOperation(Offset)
{
    public override void WriteSse(StringBuilder sb, int indent) =>
        sb.Append(Drop ? "(drop" : "(clear").Append(SilentFlag(Silent)).Append(' ').Append(Target).Append(')');
}
