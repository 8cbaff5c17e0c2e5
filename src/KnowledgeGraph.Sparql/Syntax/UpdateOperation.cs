using System.Text;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>One operation of an update request (SPARQL 1.1 Update §3, Query §19.8 [30] Update1).</summary>
internal abstract record UpdateOperation(int Offset)
{
    /// <summary>Appends the operation as an S-expression; continuation lines are indented by <paramref name="indent"/> levels.</summary>
    public abstract void WriteSse(StringBuilder sb, int indent);

    protected static void Line(StringBuilder sb, int indent) => sb.Append('\n').Append(' ', indent * 2);

    protected static string SilentFlag(bool silent) => silent ? " silent" : "";
}
